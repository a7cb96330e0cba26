/** Account names as organizations have them: quotes, apostrophes and letters beyond ASCII. */

const NAMES = [
  'Prod "core"',
  "Team's sandbox",
  'Équipe données',
  'Zürich Ops',
  'データ基盤',
  'Shared services',
  'Log archive',
  'Audit',
];

/** `count` distinct account names, cycling through the awkward ones with a number. */
export function accountNames(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `${NAMES[i % NAMES.length]} ${i + 1}`);
}
