/**
 * The user's choices as a link: encoded in the URL fragment, which browsers never send to a server.
 * Decoding accepts anything and never throws: unknown or malformed values are dropped with a notice,
 * and EC2 stays in whatever the link says.
 */
import type { Catalog } from '../catalog/catalog';
import type { EditionId } from '../catalog/types';
import type { PolicyMode } from './policy';
import { accountIdError, externalIdError, roleNameError, type RoleInputs } from './role';
import { normaliseSelection, type Selection } from './selection';

/** What a link carries. */
export interface ShareState {
  editionId: EditionId;
  mode: PolicyMode;
  selection: Selection;
  role: RoleInputs;
}

/** What a link gave: only the values that were present and valid, and notices for the rest. */
export interface DecodedShare {
  state: Partial<Omit<ShareState, 'role'>> & { role?: Partial<RoleInputs> };
  notices: string[];
}

const KEYS = ['edition', 'mode', 'services', 'account', 'role', 'externalId'] as const;
const MAX_FRAGMENT = 16_384;

/** Encodes the choices as a URL fragment (without `#`); the External ID only when asked. */
export function encodeShareState(
  state: ShareState,
  options: { includeExternalId: boolean },
): string {
  const params = new URLSearchParams();
  params.set('edition', state.editionId);
  params.set('mode', state.mode);
  params.set('services', state.selection.join(','));
  params.set('account', state.role.accountId);
  params.set('role', state.role.roleName);
  if (options.includeExternalId && state.role.externalId)
    params.set('externalId', state.role.externalId);
  return params.toString();
}

/** Decodes a URL fragment (with or without `#`); never throws. */
export function decodeShareState(catalog: Catalog, fragment: string): DecodedShare {
  const notices: string[] = [];
  const state: DecodedShare['state'] = {};
  const text = fragment.replace(/^#/, '');
  if (!text) return { state, notices };
  if (text.length > MAX_FRAGMENT) {
    return { state, notices: ['The link is too long to be one of ours; it was ignored.'] };
  }
  const params = new URLSearchParams(text);
  const unknown = [...new Set(params.keys())].filter(
    (k) => !(KEYS as readonly string[]).includes(k),
  );
  if (unknown.length > 0)
    notices.push(
      `The link had settings this page does not know (${unknown.join(', ')}); they were ignored.`,
    );
  const edition = params.get('edition');
  if (edition !== null) {
    if (catalog.isEditionId(edition)) state.editionId = edition;
    else notices.push(`The link names an unknown edition "${edition}"; the current one was kept.`);
  }
  const mode = params.get('mode');
  if (mode !== null) {
    if (mode === 'published' || mode === 'exact') state.mode = mode;
    else notices.push(`The link names an unknown mode "${mode}"; the current one was kept.`);
  }
  const services = params.get('services');
  if (services !== null) {
    const ids = services.split(',').filter(Boolean);
    const { selection, ignored } = normaliseSelection(catalog, ids);
    state.selection = selection;
    if (ignored.length > 0)
      notices.push(`The link names unknown services (${ignored.join(', ')}); they were ignored.`);
    if (!ids.includes('ec2'))
      notices.push(
        'The link left out Amazon EC2; it stays in, because Cloudcraft needs it to scan the account.',
      );
  }
  decodeRole(params, state, notices);
  return { state, notices };
}

function decodeRole(
  params: URLSearchParams,
  state: DecodedShare['state'],
  notices: string[],
): void {
  const role: Partial<RoleInputs> = {};
  const fields = [
    ['account', 'accountId', accountIdError, 'account ID'],
    ['role', 'roleName', roleNameError, 'role name'],
    ['externalId', 'externalId', externalIdError, 'External ID'],
  ] as const;
  for (const [key, field, check, label] of fields) {
    const value = params.get(key);
    if (value === null) continue;
    const error = check(value);
    if (error) notices.push(`The link's ${label} was ignored: ${error}`);
    else role[field] = value;
  }
  if (Object.keys(role).length > 0) state.role = role;
}
