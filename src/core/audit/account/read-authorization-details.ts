/**
 * `aws iam get-account-authorization-details` output: finds the roles that trust Cloudcraft's
 * account and lists each one's policies with their documents (inline ones in `RolePolicyList`,
 * managed ones from `Policies`, whose default version holds the document).
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccountAuthorizationDetails.html
 */
import { formatCount, listSome, plural } from '../../count-text';
import type { Finding } from '../types';
import type { AccountInput, AuditContext, RoleInput, RolePolicyRef } from './account-types';
import { decodeDocument, arrayOf, isObject, stringOf, type PlainObject } from './plain-json';
import { managedPolicyRef } from './read-attached-policies';
import { renderNarrowedDetailsCommand } from './account-commands';
import { trustsAccount } from './trusts-account';

/** Roles audited from one output at most; more are named in a finding. */
export const MAX_AUDITED_ROLES = 20;

const DETAIL_LISTS = ['RoleDetailList', 'UserDetailList', 'GroupDetailList'];

/** True when a parsed value is get-account-authorization-details output. */
export function isAuthorizationDetails(root: unknown): root is PlainObject {
  return isObject(root) && DETAIL_LISTS.some((key) => Array.isArray(root[key]));
}

/** A document the output holds, or `unreadable` when it is text that is not (URL-encoded) JSON. */
function documentOf(value: unknown): Pick<RolePolicyRef, 'document' | 'unreadable'> {
  const document = decodeDocument(value);
  return document === undefined ? { unreadable: true } : { document };
}

/** Each managed policy's default version from `Policies`, by ARN. */
function managedDocuments(
  root: PlainObject,
): Map<string, Pick<RolePolicyRef, 'document' | 'unreadable' | 'versionId'>> {
  const byArn = new Map<string, Pick<RolePolicyRef, 'document' | 'unreadable' | 'versionId'>>();
  for (const policy of arrayOf(root, 'Policies') ?? []) {
    if (!isObject(policy)) continue;
    const arn = stringOf(policy, 'Arn');
    const defaultId = stringOf(policy, 'DefaultVersionId');
    const versions = (arrayOf(policy, 'PolicyVersionList') ?? []).filter(isObject);
    const current =
      versions.find((v) => v.IsDefaultVersion === true) ??
      versions.find((v) => defaultId !== undefined && v.VersionId === defaultId);
    if (!arn || !current || !Object.hasOwn(current, 'Document')) continue;
    const versionId = stringOf(current, 'VersionId');
    byArn.set(arn, { ...documentOf(current.Document), ...(versionId ? { versionId } : {}) });
  }
  return byArn;
}

function readRole(role: PlainObject, managed: ReturnType<typeof managedDocuments>): RoleInput {
  const inline = (arrayOf(role, 'RolePolicyList') ?? [])
    .filter(isObject)
    .map((p): RolePolicyRef => ({
      name: stringOf(p, 'PolicyName') ?? 'unnamed',
      kind: 'inline',
      ...documentOf(p.PolicyDocument),
    }));
  const attached = (arrayOf(role, 'AttachedManagedPolicies') ?? [])
    .filter(isObject)
    .flatMap((p) => {
      const ref = managedPolicyRef(stringOf(p, 'PolicyArn') ?? '', stringOf(p, 'PolicyName'));
      return ref ? [{ ...ref, ...managed.get(ref.arn ?? '') }] : [];
    });
  const arn = stringOf(role, 'Arn');
  return {
    name: stringOf(role, 'RoleName') ?? 'unnamed',
    ...(arn ? { arn } : {}),
    fromPage: false,
    policies: [...attached, ...inline],
  };
}

function noTrustingRole(names: string[], context: AuditContext): Finding {
  const seen =
    names.length === 0
      ? `This output lists no roles ("RoleDetailList" is missing or empty). Run ${renderNarrowedDetailsCommand(context.accountId)} and paste its output.`
      : `None of the ${plural(names.length, 'role')} in this output (${listSome(names, 12)}) trusts Cloudcraft's account ${context.accountId}, the account ID under Role setup on this page. Check that ID, or paste the policies of the role Cloudcraft uses.`;
  return { severity: 'error', code: 'no-role-trusts-cloudcraft', message: seen };
}

/** The roles of authorization details that trust Cloudcraft's account, each with its policies. */
export function readAuthorizationDetails(root: PlainObject, context: AuditContext): AccountInput {
  const kind = 'account-authorization-details';
  const roles = (arrayOf(root, 'RoleDetailList') ?? []).filter(isObject);
  const trusting = roles.filter((r) =>
    trustsAccount(r.AssumeRolePolicyDocument, context.accountId),
  );
  const names = roles.map((r) => stringOf(r, 'RoleName') ?? 'unnamed');
  if (trusting.length === 0) return { kind, findings: [noTrustingRole(names, context)], roles: [] };
  const managed = managedDocuments(root);
  const audited = trusting.slice(0, MAX_AUDITED_ROLES).map((r) => readRole(r, managed));
  const findings: Finding[] = [];
  if (trusting.length > 1) {
    const skipped = trusting.length - audited.length;
    findings.push({
      severity: skipped > 0 ? 'warning' : 'info',
      code: 'several-roles-trust-cloudcraft',
      message: `${formatCount(trusting.length)} of the ${plural(roles.length, 'role')} in this output trust Cloudcraft's account ${context.accountId}: ${listSome(
        trusting.map((r) => stringOf(r, 'RoleName') ?? 'unnamed'),
        12,
      )}. Each is audited on its own${skipped > 0 ? `; only the first ${formatCount(MAX_AUDITED_ROLES)} are, the other ${formatCount(skipped)} are not` : ''}.`,
    });
  }
  return { kind, findings, roles: audited };
}
