/** Deterministic string order for policy output: case-insensitive, then by code point. */
export function compareText(a: string, b: string): number {
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  if (la !== lb) return la < lb ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Sorts in `compareText` order and removes case-insensitive duplicates, keeping the first spelling in
 * that order (IAM action names are case-insensitive). Lower-cases each string once, not per comparison.
 */
export function sortUniqueActions(actions: Iterable<string>): string[] {
  const keyed = [...actions].map((action) => ({ key: action.toLowerCase(), action }));
  keyed.sort((x, y) =>
    x.key !== y.key
      ? x.key < y.key
        ? -1
        : 1
      : x.action < y.action
        ? -1
        : x.action > y.action
          ? 1
          : 0,
  );
  const out: string[] = [];
  let last: string | undefined;
  for (const { key, action } of keyed) {
    if (key !== last) out.push(action);
    last = key;
  }
  return out;
}
