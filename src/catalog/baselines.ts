/**
 * AWS managed policies people compare Cloudcraft's with (`ReadOnlyAccess`, `ViewOnlyAccess`,
 * `SecurityAudit`), expanded at build time and loaded on demand: `loadBaselines()` imports the
 * generated JSON dynamically, so it lands in a chunk of its own that only the comparison fetches. This
 * module is the only importer of that file.
 */
import type { AccessLevel } from './types';

/** Action counts per access level; a level no action has is absent. */
export type LevelCounts = Partial<Record<AccessLevel, number>>;

/** A statement that grants its actions only on some resources or under a condition. */
export interface LimitedStatement {
  sid: string;
  /** The actions it grants, canonical spelling. */
  actions: string[];
  /** How many resource ARNs it names, or `"*"`. */
  resources: number | '*';
  /** Condition keys it requires, e.g. `s3express:SessionMode`. */
  conditionKeys: string[];
}

/** One AWS managed policy, its current version expanded against AWS's action data. */
export interface Baseline {
  name: string;
  arn: string;
  /** The policy's default version, e.g. `v188`. */
  versionId: string;
  /** When that version was created (AWS's `UpdateDate` of the policy), ISO 8601. */
  versionDate: string;
  /** Action patterns the version lists (duplicates counted once). */
  patternCount: number;
  /** Every action granted by any statement, by access level. */
  levels: LevelCounts;
  /** The actions it grants that are not List or Read, canonical spelling, sorted. */
  beyondReadOnly: string[];
  /** The curated data reads it grants, sorted. */
  dataReads: string[];
  /** Patterns that match no IAM action in the data (retired services, typos). */
  unmatched: string[];
  limited: LimitedStatement[];
  /** Per lower-case IAM prefix, the actions it grants by access level. */
  services: Record<string, LevelCounts>;
}

/** The shape of src/catalog/generated/baselines.json. */
export interface BaselinesData {
  generatedBy: string;
  /** AWS's service authorization data the policies were expanded with. */
  actionData: { package: string; version: string; updatedAt: string };
  /** The managed policies' source; `newestChange` is the latest version date of any policy in it. */
  policyData: { package: string; version: string; newestChange: string };
  /** Every curated read of data or secrets (the catalog's and the AWS-wide list), with its reason. */
  dataReads: Record<string, string>;
  baselines: Baseline[];
}

let loading: Promise<BaselinesData> | undefined;

/** Loads the baselines once (a small chunk of its own); a failed load is forgotten so a retry works. */
export function loadBaselines(): Promise<BaselinesData> {
  loading ??= import('./generated/baselines.json').then(
    (module) => module.default as unknown as BaselinesData,
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
