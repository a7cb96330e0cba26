/**
 * Builds the baselines the comparison shows: AWS managed policies expanded with the same action index
 * (and so the same pattern matching and access-level normalisation) the audit uses, and the curated
 * data reads validated against it. Pure: the caller passes the policies and the index in, so tests can
 * feed it altered inputs and see it refuse them.
 */
import type { ActionIndex, IndexedAction } from '../../src/catalog/action-index';
import type {
  Baseline,
  BaselinesData,
  LevelCounts,
  LimitedStatement,
} from '../../src/catalog/baselines';
import type { AccessLevel, SensitiveRead } from '../../src/catalog/types';
import { compareText } from '../../src/core/compare';
import { INDEX_LEVELS } from './action-index';
import { readStatements, type PolicyStatementSource } from './policy-statements';

/** The current version of one AWS managed policy, as the policies package holds it. */
export interface ManagedPolicySource {
  name: string;
  arn: string;
  versionId: string;
  versionDate: string;
  document: unknown;
}

/** Everything the baselines are built from. */
export interface BaselineInputs {
  generatedBy: string;
  policies: ManagedPolicySource[];
  policyData: BaselinesData['policyData'];
  index: ActionIndex;
  /** The catalog's curated reads (`sensitive-reads.ts`): each must exist. */
  catalogReads: SensitiveRead[];
  /** The AWS-wide curated reads (`data-reads.ts`): each must exist and be exactly `Read`. */
  awsReads: SensitiveRead[];
}

/** Thrown when the inputs do not hold up; lists every problem at once. */
export class BaselineError extends Error {
  constructor(readonly problems: string[]) {
    super(`The baselines cannot be built:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'BaselineError';
  }
}

const READ_ONLY: ReadonlySet<AccessLevel> = new Set(['List', 'Read']);

/** Checks both curated lists against the index; returns the reasons keyed by canonical action. */
function validateReads(inputs: BaselineInputs, problems: string[]): Map<string, string> {
  const reasons = new Map<string, string>();
  const check = (read: SensitiveRead, list: string, mustBeRead: boolean) => {
    const found = inputs.index.lookup(read.action);
    if (!found) {
      problems.push(`${list}: ${read.action} is not an IAM action`);
      return;
    }
    if (found.action !== read.action)
      problems.push(`${list}: ${read.action} must be spelt ${found.action}, as AWS's data has it`);
    if (mustBeRead && found.level !== 'Read')
      problems.push(`${list}: ${read.action} is ${found.level} in AWS's data, not Read`);
    if (!read.reason.trim()) problems.push(`${list}: ${read.action} has no reason`);
    if (reasons.has(found.action)) problems.push(`${list}: ${found.action} is listed twice`);
    reasons.set(found.action, read.reason);
  };
  for (const read of inputs.catalogReads) check(read, 'sensitive-reads.ts', false);
  for (const read of inputs.awsReads) check(read, 'data-reads.ts', true);
  return new Map([...reasons].sort((a, b) => compareText(a[0], b[0])));
}

function countLevels(actions: Iterable<IndexedAction>): LevelCounts {
  const counts = new Map<AccessLevel, number>();
  for (const { level } of actions) counts.set(level, (counts.get(level) ?? 0) + 1);
  return Object.fromEntries(
    INDEX_LEVELS.flatMap((l) => (counts.has(l) ? [[l, counts.get(l)]] : [])),
  );
}

function countServices(actions: IndexedAction[]): Record<string, LevelCounts> {
  const byPrefix = new Map<string, IndexedAction[]>();
  for (const a of actions) {
    const prefix = a.action.slice(0, a.action.indexOf(':'));
    byPrefix.set(prefix, [...(byPrefix.get(prefix) ?? []), a]);
  }
  const prefixes = [...byPrefix.keys()].sort(compareText);
  return Object.fromEntries(prefixes.map((p) => [p, countLevels(byPrefix.get(p) ?? [])]));
}

function limitedStatement(statement: PolicyStatementSource, actions: string[]): LimitedStatement {
  return {
    sid: statement.sid,
    actions,
    resources: statement.resources === '*' ? '*' : statement.resources.length,
    conditionKeys: statement.conditionKeys,
  };
}

function buildBaseline(
  policy: ManagedPolicySource,
  index: ActionIndex,
  reasons: Map<string, string>,
  problems: string[],
): Baseline {
  const statements = readStatements(policy.name, policy.document, problems);
  const granted = new Map<string, IndexedAction>();
  const patterns = new Set<string>();
  const unmatched = new Set<string>();
  const limited: LimitedStatement[] = [];
  for (const statement of statements) {
    const actions = new Set<string>();
    for (const pattern of statement.actions) {
      patterns.add(pattern.toLowerCase());
      const matched = index.expand(pattern);
      if (matched.length === 0) unmatched.add(pattern);
      for (const a of matched) {
        granted.set(a.action, a);
        actions.add(a.action);
      }
    }
    if (statement.resources !== '*' || statement.conditionKeys.length > 0)
      limited.push(limitedStatement(statement, [...actions].sort(compareText)));
  }
  const all = [...granted.values()].sort((a, b) => compareText(a.action, b.action));
  return {
    name: policy.name,
    arn: policy.arn,
    versionId: policy.versionId,
    versionDate: policy.versionDate,
    patternCount: patterns.size,
    levels: countLevels(all),
    beyondReadOnly: all.filter((a) => !READ_ONLY.has(a.level)).map((a) => a.action),
    dataReads: all.filter((a) => reasons.has(a.action)).map((a) => a.action),
    unmatched: [...unmatched].sort(compareText),
    limited,
    services: countServices(all),
  };
}

/** Builds the baselines data, or throws a `BaselineError` naming every problem found. */
export function buildBaselines(inputs: BaselineInputs): BaselinesData {
  const problems: string[] = [];
  const reasons = validateReads(inputs, problems);
  const baselines = inputs.policies.map((p) => buildBaseline(p, inputs.index, reasons, problems));
  if (problems.length > 0) throw new BaselineError(problems);
  return {
    generatedBy: inputs.generatedBy,
    actionData: inputs.index.dataset,
    policyData: inputs.policyData,
    dataReads: Object.fromEntries(reasons),
    baselines,
  };
}
