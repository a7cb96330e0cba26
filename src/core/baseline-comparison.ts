/**
 * Compares the policy a selection grants with AWS's managed policies: actions by access level, reads
 * of data or secrets, and what goes beyond List and Read. Pure: the caller hands it the exact actions,
 * a level lookup and the baselines data, so it runs in Node tests and never loads anything itself.
 */
import type { BaselinesData, LevelCounts } from '../catalog/baselines';
import type { AccessLevel } from '../catalog/types';
import { compareText } from './compare';

/** One policy in the comparison, as the chart and the table show it. */
export interface ComparedPolicy {
  /** `ours`, or the managed policy's name. */
  id: string;
  list: number;
  read: number;
  /** Actions whose access level is anything other than exactly List or Read. */
  beyond: number;
  total: number;
  /** Curated reads of data or secrets it grants, canonical spelling, sorted. */
  dataReads: readonly string[];
  /** Actions it grants within the IAM prefixes our policy uses (ours: all of them). */
  onOurPrefixes: number;
}

/** A data read one policy grants and ours does not. */
export interface ExtraDataRead {
  action: string;
  reason: string;
}

/** The comparison of our policy with each baseline. */
export interface BaselineComparison {
  ours: ComparedPolicy;
  /** The actions our policy grants beyond List and Read: empty for every catalog edition. */
  oursBeyondReadOnly: readonly string[];
  baselines: readonly ComparedPolicy[];
  /** How many IAM prefixes our policy uses. */
  ourPrefixCount: number;
  /** Per baseline name, the data reads it grants that ours does not, with reasons. */
  extraDataReads: Readonly<Record<string, readonly ExtraDataRead[]>>;
}

const prefixOf = (action: string): string => action.slice(0, action.indexOf(':')).toLowerCase();

function sum(counts: LevelCounts | undefined): number {
  return Object.values(counts ?? {}).reduce((n, c) => n + c, 0);
}

function fromLevels(
  counts: LevelCounts,
): Pick<ComparedPolicy, 'list' | 'read' | 'beyond' | 'total'> {
  const list = counts.List ?? 0;
  const read = counts.Read ?? 0;
  const total = sum(counts);
  return { list, read, beyond: total - list - read, total };
}

/** Builds the comparison for our policy's exact actions. */
export function buildBaselineComparison(
  exactActions: readonly string[],
  levelOf: (action: string) => AccessLevel | undefined,
  data: BaselinesData,
): BaselineComparison {
  let list = 0;
  let read = 0;
  const beyondReadOnly: string[] = [];
  for (const action of exactActions) {
    const level = levelOf(action);
    if (level === 'List') list++;
    else if (level === 'Read') read++;
    else beyondReadOnly.push(action);
  }
  const dataReadKeys = new Map(Object.keys(data.dataReads).map((a) => [a.toLowerCase(), a]));
  const ourReads = exactActions
    .flatMap((a) => dataReadKeys.get(a.toLowerCase()) ?? [])
    .sort(compareText);
  const prefixes = new Set(exactActions.map(prefixOf));
  const ours: ComparedPolicy = {
    id: 'ours',
    list,
    read,
    beyond: beyondReadOnly.length,
    total: exactActions.length,
    dataReads: ourReads,
    onOurPrefixes: exactActions.length,
  };
  const granted = new Set(ourReads);
  const baselines = data.baselines.map((b): ComparedPolicy => ({
    id: b.name,
    ...fromLevels(b.levels),
    dataReads: b.dataReads,
    onOurPrefixes: [...prefixes].reduce((n, p) => n + sum(b.services[p]), 0),
  }));
  const extraDataReads = Object.fromEntries(
    data.baselines.map((b) => [
      b.name,
      b.dataReads
        .filter((a) => !granted.has(a))
        .map((action) => ({ action, reason: data.dataReads[action] ?? '' })),
    ]),
  );
  return {
    ours,
    oursBeyondReadOnly: beyondReadOnly,
    baselines,
    ourPrefixCount: prefixes.size,
    extraDataReads,
  };
}
