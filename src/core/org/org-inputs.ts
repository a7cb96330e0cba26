/**
 * What an organization rollout is told: where to deploy (OU or root ids), in which region, under
 * which StackSet name, and as whom. Each rule is written once and used by the page and by the
 * scripts' own checks. https://docs.aws.amazon.com/organizations/latest/APIReference/API_OrganizationalUnit.html
 */

/** An OU id (`ou-` + root part + OU part) or a root id (`r-`), as AWS Organizations writes them. */
export const ORGANIZATION_TARGET_PATTERN = '^(ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}|r-[0-9a-z]{4,32})$';
/** An AWS region name such as `us-east-1` or `us-gov-west-1`. */
export const REGION_PATTERN = '^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-[0-9]{1,2}$';
/** A StackSet (and stack) name: a letter, then letters, digits and hyphens, 128 at most. */
export const STACK_SET_NAME_PATTERN = '^[A-Za-z][A-Za-z0-9-]{0,127}$';

/** The StackSet, and the management account's stack, are named this unless told otherwise. */
export const DEFAULT_STACK_SET_NAME = 'cloudcraft-role';
/** IAM is global: one region per account, or the named role would collide. Cloudcraft verifies here. */
export const DEFAULT_ROLLOUT_REGION = 'us-east-1';

/** Who calls StackSets: the management account, or a delegated StackSets administrator. */
export type CallAs = 'SELF' | 'DELEGATED_ADMIN';

/** Why an OU or root id is invalid, or `undefined` when it is valid. */
export function organizationTargetError(id: string): string | undefined {
  return new RegExp(ORGANIZATION_TARGET_PATTERN).test(id)
    ? undefined
    : `"${id}" is not an OU id (ou-…-…) or a root id (r-…).`;
}
