/**
 * The AWS managed policies the page compares Cloudcraft's policy with, and that the audit expands when
 * a role has one attached: their names and IAM paths only (the documents load on demand, see
 * baseline-documents.ts). Cloudcraft's in-app setup attaches `ReadOnlyAccess`.
 * https://docs.aws.amazon.com/aws-managed-policy/latest/reference/ReadOnlyAccess.html
 */

/** The three baselines, in the order the page shows them, with the path in their ARN. */
export const BASELINE_POLICIES = [
  { name: 'ReadOnlyAccess', path: '/' },
  { name: 'ViewOnlyAccess', path: '/job-function/' },
  { name: 'SecurityAudit', path: '/' },
] as const;

/** The name of one of the three baselines. */
export type BaselineName = (typeof BASELINE_POLICIES)[number]['name'];

/** The names of the baselines, in the page's order. */
export const BASELINE_NAMES: readonly BaselineName[] = BASELINE_POLICIES.map((p) => p.name);

/** A baseline's ARN in a partition (`aws`, `aws-us-gov`, `aws-cn`): AWS managed policies live in account `aws`. */
export function baselineArn(name: BaselineName, partition = 'aws'): string {
  const { path } = BASELINE_POLICIES.find((p) => p.name === name) ?? BASELINE_POLICIES[0];
  return `arn:${partition}:iam::aws:policy${path}${name}`;
}
