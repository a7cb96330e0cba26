/**
 * Quoting for POSIX sh: a single-quoted word is taken literally by the shell, with no expansion of
 * `$`, backticks, `\`, globs or white space; a `'` inside is closed, escaped and reopened.
 * https://pubs.opengroup.org/onlinepubs/9799919799/utilities/V3_chap02.html#tag_19_02_02
 */

/** Quotes any string as one literal sh word: `it's` becomes `'it'\''s'`. */
export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}
