import type { BudgetResult } from './budgets';
import type { LoadRun } from './measure-load';
import type { StaticBytes } from './static-bytes';
import type { Summary } from './stats';

/** A figure measured on the page and on the floor. */
export interface Pair<T> {
  page: T;
  floor: T;
}

/** Latencies of one gesture, with how many were under Event Timing's 16 ms threshold. */
export interface LatencySummary extends Summary {
  belowThreshold: number;
}

/** Load figures of several throttled first visits, with their medians. */
export interface LoadSummary {
  runs: LoadRun[];
  lcp: number;
  fcp: number;
}

/** What `npm run bench` measured, as written to bench/results.json. */
export interface BenchResults {
  date: string;
  machine: {
    cpus: number;
    loadAverageAtStart: number[];
    loadAverageAtEnd: number[];
    node: string;
    chromium: string;
    commit: string;
  };
  settings: Record<string, unknown>;
  tick: Pair<LatencySummary>;
  selectAll: Pair<LatencySummary>;
  editionSwitch: Pair<LatencySummary>;
  bytes: { static: Pair<StaticBytes>; fetched: Pair<StaticBytes> };
  lcp: Pair<LoadSummary>;
  audit: { inputBytes: number; runs: number[]; median: number };
  budgets: BudgetResult[];
}
