/** Counts in words, for every message and label: `1,048,576`, `1 action`, `3 actions`. */

/** Formats a count with thousands separators (`1,048,576`), independent of the locale. */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** `one` when `n` is 1, else `other`: for the word or verb that agrees with a count. */
export function byCount(n: number, one: string, other: string): string {
  return n === 1 ? one : other;
}

/** The count and its noun: `1 action`, `3 actions`, `2 policies` (`plural(2, 'policy', 'policies')`). */
export function plural(n: number, noun: string, nouns = `${noun}s`): string {
  return `${formatCount(n)} ${byCount(n, noun, nouns)}`;
}

/** The first `max` items, comma-separated, and how many more: `a, b and 3 more`. */
export function listSome(items: readonly string[], max = 5): string {
  const shown = items.slice(0, max).join(', ');
  return items.length > max ? `${shown} and ${formatCount(items.length - max)} more` : shown;
}
