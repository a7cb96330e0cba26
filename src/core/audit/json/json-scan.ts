/** Scanning JSON strings and numbers, for the parser in json-parse.ts. */
import { describeAt } from './json-text';
import type { JsonProblem } from './json-value';

/** Thrown inside the parser to stop at the first problem; never escapes `parseJson`. */
export class JsonStop {
  constructor(readonly problem: JsonProblem) {}
}

/** Stops the parse with a syntax problem at an offset. */
export function stop(offset: number, detail: string, kind: JsonProblem['kind'] = 'syntax'): never {
  throw new JsonStop({ kind, offset, detail });
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const NUMBER_RUN = /[\w.+-]*/y;
const NUMBER_TAIL = /[\w.+-]/;
const ESCAPES = new Map([
  ['"', '"'],
  ['\\', '\\'],
  ['/', '/'],
  ['b', '\b'],
  ['f', '\f'],
  ['n', '\n'],
  ['r', '\r'],
  ['t', '\t'],
]);

/** A scanned token's value and the offset just past it. */
export interface Scanned<T> {
  value: T;
  end: number;
}

function scanEscape(text: string, at: number): Scanned<string> {
  const c = text[at + 1];
  const simple = c === undefined ? undefined : ESCAPES.get(c);
  if (simple !== undefined) return { value: simple, end: at + 2 };
  const hex = text.slice(at + 2, at + 6);
  if (c === 'u' && /^[0-9a-fA-F]{4}$/.test(hex)) {
    return { value: String.fromCharCode(parseInt(hex, 16)), end: at + 6 };
  }
  if (c === 'u') stop(at, 'invalid \\u escape: \\u needs four hexadecimal digits');
  const what = c === undefined ? '\\ at the end of the text' : `\\${c}`;
  return stop(at, `invalid escape ${what} in a string (a backslash must be written \\\\)`);
}

/** Scans the string whose opening quote is at `open`. */
export function scanString(text: string, open: number): Scanned<string> {
  let out = '';
  let start = open + 1;
  let pos = start;
  for (;;) {
    const code = text.charCodeAt(pos);
    if (Number.isNaN(code)) {
      stop(open, 'this string is never closed: the text ends before its closing quote');
    }
    if (code === 34) return { value: out + text.slice(start, pos), end: pos + 1 };
    if (code === 92) {
      const escape = scanEscape(text, pos);
      out += text.slice(start, pos) + escape.value;
      pos = start = escape.end;
    } else if (code < 0x20) {
      const what = code === 10 || code === 13 ? 'a line break' : describeAt(text, pos);
      stop(
        pos,
        `a string cannot contain ${what}; close the string first or write it as an escape such as \\n`,
      );
    } else {
      pos++;
    }
  }
}

/** Scans the number starting at `start`, refusing what JSON refuses (`01`, `1.`, `.5`, `0x1`, `+1`). */
export function scanNumber(text: string, start: number): Scanned<number> {
  NUMBER.lastIndex = start;
  const match = NUMBER.exec(text);
  const end = start + (match?.[0].length ?? 0);
  if (!match || NUMBER_TAIL.test(text[end] ?? '')) {
    NUMBER_RUN.lastIndex = start;
    const run = NUMBER_RUN.exec(text)?.[0] ?? '';
    stop(start, `invalid number "${run.slice(0, 24)}"`);
  }
  return { value: Number(match[0]), end };
}
