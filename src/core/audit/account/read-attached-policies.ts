/**
 * Managed policies named without their documents: `aws iam list-attached-role-policies` output, or
 * policy ARNs (or a baseline's bare name) pasted as text. Neither names the role, so the page's role
 * name stands in. https://docs.aws.amazon.com/cli/latest/reference/iam/list-attached-role-policies.html
 */
import type { Finding } from '../types';
import type { AccountInput, AuditContext, RolePolicyRef } from './account-types';
import { baselineOfArn, baselineOfName, isAwsManaged, parsePolicyArn } from './policy-arn';
import { arrayOf, isObject, stringOf, type PlainObject } from './plain-json';
import { baselineArn } from '../../../catalog/baseline-policies';

/** A managed policy's reference from its ARN (and its name, when the output gives one). */
export function managedPolicyRef(arnText: string, name?: string): RolePolicyRef | undefined {
  const arn = parsePolicyArn(arnText);
  if (!arn) return undefined;
  const ref: RolePolicyRef = {
    name: name ?? arn.name,
    kind: isAwsManaged(arn) ? 'aws-managed' : 'customer-managed',
    arn: arn.arn,
  };
  const baseline = baselineOfArn(arn);
  return baseline ? { ...ref, baseline } : ref;
}

function pageRole(
  input: Omit<AccountInput, 'roles'>,
  context: AuditContext,
  policies: RolePolicyRef[],
): AccountInput {
  return { ...input, roles: [{ name: context.roleName, fromPage: true, policies }] };
}

/** The words of pasted text: one JSON string or list of strings, or text split at white space and commas. */
function wordsOf(text: string): string[] | undefined {
  if (/^["[]/.test(text)) {
    try {
      const value = JSON.parse(text) as unknown;
      const list = Array.isArray(value) ? value : [value];
      return list.every((v) => typeof v === 'string') ? (list as string[]) : undefined;
    } catch {
      return undefined;
    }
  }
  return text.split(/[\s,]+/).filter(Boolean);
}

/**
 * Pasted policy ARNs or baseline names (`ReadOnlyAccess`), one or several; `undefined` when the text
 * is anything else.
 */
export function readPolicyArns(text: string, context: AuditContext): AccountInput | undefined {
  const words = wordsOf(text.trim());
  if (!words || words.length === 0 || words.length > 100) return undefined;
  const refs: RolePolicyRef[] = [];
  for (const word of words) {
    const name = baselineOfName(word);
    const ref = managedPolicyRef(name ? baselineArn(name) : word);
    if (!ref) return undefined;
    if (!refs.some((r) => r.arn === ref.arn)) refs.push(ref);
  }
  return pageRole({ kind: 'policy-arn', findings: [] }, context, refs);
}

function attachedRef(item: unknown, findings: Finding[]): RolePolicyRef | undefined {
  const arn = isObject(item) ? stringOf(item, 'PolicyArn') : undefined;
  const ref =
    arn === undefined
      ? undefined
      : managedPolicyRef(arn, stringOf(item as PlainObject, 'PolicyName'));
  if (!ref) {
    findings.push({
      severity: 'warning',
      code: 'attached-policy-unreadable',
      message: `An entry of "AttachedPolicies" has no managed policy ARN in "PolicyArn" (${JSON.stringify(item).slice(0, 120)}); the audit skipped it.`,
    });
  }
  return ref;
}

/** `list-attached-role-policies` output (`{"AttachedPolicies": [...]}`), or `undefined` for anything else. */
export function readAttachedPolicies(
  root: unknown,
  context: AuditContext,
): AccountInput | undefined {
  const attached = isObject(root) ? arrayOf(root, 'AttachedPolicies') : undefined;
  if (!attached) return undefined;
  const findings: Finding[] = [];
  if ((root as PlainObject).IsTruncated === true) {
    findings.push({
      severity: 'warning',
      code: 'output-truncated',
      message:
        'The output says "IsTruncated": true, so it lists only some of the role’s policies. Run the command again without --max-items or --no-paginate to list them all.',
    });
  }
  const refs = attached.map((item) => attachedRef(item, findings)).filter((r) => r !== undefined);
  return pageRole({ kind: 'list-attached-role-policies', findings }, context, refs);
}
