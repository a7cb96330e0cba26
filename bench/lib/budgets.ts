/** One of issue 12's budgets: a ceiling on a ratio to the floor page, or on a time in milliseconds. */
export interface Budget {
  id: 'tick-p95' | 'bytes-static' | 'bytes-fetched' | 'lcp' | 'audit';
  label: string;
  unit: 'ratio' | 'ms';
  limit: number;
  /** Whether CI asserts it (`npm test`); the others only the benchmark reports. */
  ci: boolean;
}

/** A budget held against a measured value. */
export interface BudgetResult extends Budget {
  value: number;
  ok: boolean;
}

/** The budgets, as ratios to the floor page measured in the same run, except the audit's time. */
export const BUDGETS: readonly Budget[] = [
  { id: 'tick-p95', label: 'tick-to-paint p95 / floor', unit: 'ratio', limit: 1.5, ci: false },
  {
    id: 'bytes-static',
    label: 'gzip bytes index.html loads / floor',
    unit: 'ratio',
    limit: 1.3,
    ci: true,
  },
  {
    id: 'bytes-fetched',
    label: 'gzip bytes fetched before any action / floor',
    unit: 'ratio',
    limit: 1.3,
    ci: false,
  },
  { id: 'lcp', label: 'LCP (throttled) / floor', unit: 'ratio', limit: 1.0, ci: false },
  { id: 'audit', label: 'crafted audit input', unit: 'ms', limit: 2000, ci: false },
];

/** `page / floor`, to two decimals; `NaN` when either is missing or the floor is zero. */
export function ratio(page: number, floor: number): number {
  if (!Number.isFinite(page) || !Number.isFinite(floor) || floor <= 0) return Number.NaN;
  return Math.round((page / floor) * 100) / 100;
}

/** Holds each measured value against its budget; a missing (NaN) value fails its budget. */
export function evaluateBudgets(
  values: Partial<Record<Budget['id'], number>>,
  budgets: readonly Budget[] = BUDGETS,
): BudgetResult[] {
  return budgets
    .filter((b) => values[b.id] !== undefined)
    .map((b) => {
      const value = values[b.id]!;
      return { ...b, value, ok: Number.isFinite(value) && value <= b.limit };
    });
}
