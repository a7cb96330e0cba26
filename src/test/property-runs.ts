/**
 * How many random cases each property test runs: the one setting for every fast-check property.
 * Locally at most 100 per property, so `npm run check` stays within a minute; with `CI=true` the full
 * count the property was written for.
 */

/** Tests run in Node; the page's tsconfig has no Node types. */
declare const process: { env: Record<string, string | undefined> };

/** Runs locally: enough to catch most regressions while editing. */
export const LOCAL_RUNS = 100;

/** The number of runs for a property whose full count is `full`. */
export function propertyRuns(full: number): number {
  const ci = process.env.CI;
  return ci && ci !== 'false' && ci !== '0' ? full : Math.min(full, LOCAL_RUNS);
}
