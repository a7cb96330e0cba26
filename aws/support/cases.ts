/**
 * The choices the tier runs every deliverable for: random ones drawn with fast-check from a seed
 * (every edition in both modes, role inputs from everything IAM allows), and fixed edge cases at
 * IAM's limits. Role names: 1 to 64 of `[\w+=,.@-]`; External IDs: 2 to 1,224 of `[\w+=,.@:/-]`.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html
 */
import fc from 'fast-check';
import {
  EDITION_IDS,
  roleNameError,
  SERVICE_IDS,
  type PageChoice,
  type PolicyMode,
} from './deliverables';

/** A choice to run, with the External ID a user gives at run time when the page had none. */
export interface TierCase extends PageChoice {
  title: string;
  /** The External ID the deployment ends up with: the page's, or the one given at run time. */
  externalId: string;
}

const WORD = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_';
/** Every character IAM allows in a role name, and in an External ID. */
export const ROLE_NAME_CHARS = `${WORD}+=,.@-`;
export const EXTERNAL_ID_CHARS = `${WORD}+=,.@:/-`;
const MODES: readonly PolicyMode[] = ['published', 'exact'];

const text = (chars: string, minLength: number, maxLength: number) =>
  fc.string({ unit: fc.constantFrom(...chars), minLength, maxLength });

/**
 * Role names the page accepts: the default, any IAM allows, or one that starts with `-` (an option,
 * to a careless CLI call).
 */
const roleNames = fc
  .oneof(
    fc.constant('cloudcraft'),
    text(ROLE_NAME_CHARS, 1, 64),
    text(ROLE_NAME_CHARS, 0, 63).map((s) => `-${s}`),
  )
  .filter((name) => roleNameError(name) === undefined);
/** External IDs: none yet (given at run time), a UUID, short or long ones, `-` first or not. */
const externalIds = fc.oneof(
  fc.uuid(),
  text(EXTERNAL_ID_CHARS, 2, 40),
  text(EXTERNAL_ID_CHARS, 1, 39).map((s) => `-${s}`),
  text(EXTERNAL_ID_CHARS, 2, 1224),
);
const pageExternalIds = fc.oneof(fc.constant(''), externalIds);
const accountIds = fc.oneof(fc.constant('968898580625'), fc.stringMatching(/^\d{12}$/));

function titleOf(choice: PageChoice, externalId: string): string {
  const when = choice.role.externalId ? 'on the page' : 'at run time';
  const ext =
    externalId.length > 24 ? `${externalId.slice(0, 20)}… (${externalId.length})` : externalId;
  return `role ${JSON.stringify(choice.role.roleName)}, External ID ${JSON.stringify(ext)} ${when}, ${choice.editionId} ${choice.mode}, ${choice.serviceIds.length} services`;
}

const caseOf = (editionId: (typeof EDITION_IDS)[number], mode: PolicyMode) =>
  fc
    .record({
      // Up to 6 services (EC2 is always added): enough for split policies in exact mode, and the
      // verification script makes one simulator call per service, each a CLI start.
      serviceIds: fc.subarray([...SERVICE_IDS], { maxLength: 6 }),
      roleName: roleNames,
      pageExternalId: pageExternalIds,
      runExternalId: externalIds,
      accountId: accountIds,
    })
    .map(({ serviceIds, roleName, pageExternalId, runExternalId, accountId }): TierCase => {
      const role = { roleName, externalId: pageExternalId, accountId };
      const choice = { editionId, mode, serviceIds, role };
      const externalId = pageExternalId || runExternalId;
      return { ...choice, externalId, title: titleOf(choice, externalId) };
    });

/** Random cases per edition and mode: 2, or `AWS_TIER_CASES_PER_COMBINATION` (the v2 pass has 1). */
const PER_COMBINATION = Number(process.env.AWS_TIER_CASES_PER_COMBINATION ?? 2);

/** `perCombination` random cases for every edition in both modes, drawn from `seed`. */
export function randomCases(seed: number, perCombination = PER_COMBINATION): TierCase[] {
  const combinations = EDITION_IDS.flatMap((e) => MODES.map((m) => caseOf(e, m)));
  const all = fc.tuple(
    ...combinations.flatMap((c) => Array(perCombination).fill(c) as typeof combinations),
  );
  const [drawn] = fc.sample(all, { seed, numRuns: 1 });
  return drawn ?? [];
}

function edge(
  title: string,
  roleName: string,
  pageExternalId: string,
  runExternalId = '',
): TierCase {
  const role = { roleName, externalId: pageExternalId, accountId: '968898580625' };
  const choice: PageChoice = {
    editionId: 'minimal-2025-01',
    mode: 'published',
    serviceIds: ['ec2', 's3'],
    role,
  };
  return { ...choice, externalId: pageExternalId || runExternalId, title: `edge: ${title}` };
}

/** The longest External ID, with every allowed character and a leading `-`. */
const LONGEST_EXTERNAL_ID = `-${'aZ9_+=,.@:/-'.repeat(101)}${'x'.repeat(11)}`;

/** Inputs at IAM's limits, each a case of its own. */
export const EDGE_CASES: readonly TierCase[] = [
  edge('role name starting with -', '-cloudcraft', '', '-x'),
  edge('every punctuation IAM allows', '-+=,.@_A1', '-+=,.@:/_A1'),
  edge('longest role name and External ID', `-${'r'.repeat(62)}@`, LONGEST_EXTERNAL_ID),
  edge('shortest role name and External ID', 'a', '--'),
  edge('role name - and a 2-character External ID at run time', '-', '', '-1'),
];

/** The largest deployment: every service, exact, in the edition that splits into the most parts. */
export const LARGEST_CASE: TierCase = {
  editionId: 'custom-20230818',
  mode: 'exact',
  serviceIds: SERVICE_IDS,
  role: { roleName: 'cloudcraft', externalId: '', accountId: '968898580625' },
  externalId: 'c0ffee00-0000-4000-8000-000000000000',
  title: 'every service, custom-20230818 exact (the most policy parts)',
};

/** Cases as `[title, case with its index]` pairs, for `it.for(...)('%s', ...)`: titles stay whole. */
export function numbered<T extends { title: string }>(
  cases: readonly T[],
): [string, T & { i: number }][] {
  return cases.map((c, i) => [c.title, { ...c, i }]);
}
