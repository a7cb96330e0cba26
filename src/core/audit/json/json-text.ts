/** Small helpers for talking about positions and characters in pasted text. */

/** A one-based line and column (columns count UTF-16 code units, as editors mostly do). */
export interface TextLocation {
  line: number;
  column: number;
}

/**
 * Returns a function mapping an offset to its line and column. Line breaks are `\n`, `\r\n` and a
 * lone `\r`. Line starts are computed once, so locating many findings stays cheap.
 */
export function createLocator(text: string): (offset: number) => TextLocation {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
  };
}

const NAMED: Record<string, string> = {
  '\u00a0': 'a non-breaking space (U+00A0)',
  '\u200b': 'a zero-width space (U+200B)',
  '\u2028': 'a line separator (U+2028)',
  '\ufeff': 'a byte-order mark (U+FEFF)',
  '\u201c': "a typographic quote '\u201c' (JSON needs straight double quotes \")",
  '\u201d': "a typographic quote '\u201d' (JSON needs straight double quotes \")",
  '\u2018': "a typographic quote '\u2018' (JSON needs straight double quotes \")",
  '\u2019': "a typographic quote '\u2019' (JSON needs straight double quotes \")",
  "'": 'a single quote (JSON needs double quotes ")',
};

function hex(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Describes what stands at an offset, for messages: a word, a character, or the end of the text. */
export function describeAt(text: string, offset: number): string {
  if (offset >= text.length) return 'the end of the text';
  if (text.startsWith('//', offset) || text.startsWith('/*', offset)) {
    return 'a comment (JSON has no comments: remove it)';
  }
  const word = /[A-Za-z_$][\w$]*/y;
  word.lastIndex = offset;
  const match = word.exec(text);
  if (match) return `"${match[0].slice(0, 24)}"`;
  const code = text.codePointAt(offset) ?? 0;
  const char = String.fromCodePoint(code);
  const named = NAMED[char];
  if (named) return named;
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return `the control character ${hex(code)}`;
  if (/\s/u.test(char)) return `the white-space character ${hex(code)}`;
  return `'${char}'`;
}

/** Quotes a pasted string for a message, shortened so a huge value cannot flood the page. */
export function quote(value: string, max = 80): string {
  return JSON.stringify(value.length > max ? `${value.slice(0, max - 1)}\u2026` : value);
}
