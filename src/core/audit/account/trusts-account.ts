/**
 * Whether a role's trust policy lets an AWS account assume it: an `Allow` statement whose `AWS`
 * principal is the account (`123456789012`, `arn:aws:iam::123456789012:root`, or any IAM or STS
 * principal of it). Conditions such as the External ID are not judged: the role is Cloudcraft's
 * when Cloudcraft's account may assume it at all.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html
 */
import { decodeDocument, isObject, listOf } from './plain-json';

function principalIsAccount(principal: string, accountId: string): boolean {
  if (principal === accountId) return true;
  const match = /^arn:aws[a-z-]*:(?:iam|sts)::(\d{12}):/.exec(principal);
  return match?.[1] === accountId;
}

function statementTrusts(statement: unknown, accountId: string): boolean {
  if (!isObject(statement) || statement.Effect !== 'Allow') return false;
  const principal = statement.Principal;
  if (!isObject(principal)) return false;
  return listOf(principal.AWS).some(
    (p) => typeof p === 'string' && principalIsAccount(p, accountId),
  );
}

/** True when the trust policy (an object, JSON text or URL-encoded text) trusts the account. */
export function trustsAccount(trustPolicy: unknown, accountId: string): boolean {
  const document = decodeDocument(trustPolicy);
  if (!isObject(document)) return false;
  return listOf(document.Statement).some((s) => statementTrusts(s, accountId));
}
