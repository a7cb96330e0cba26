/**
 * Words for the first JSON error jsonc-parser reports: what was expected where it stopped, and what
 * stands there instead. jsonc-parser says what went wrong (`ParseErrorCode`) at a token's offset; the
 * messages say it in terms of the pasted text, pointing inside a string at the bad escape or character.
 */
import type { JsonExpectation } from './json-value';
import { describeAt, quote } from './json-text';

/** The first error: jsonc-parser's code name (or `InvalidNumber` for `01`, `1a`), where, and the context. */
export interface JsonSyntaxError {
  code: string;
  offset: number;
  context: JsonExpectation;
}

/** Where a message points and what it says. */
export interface JsonErrorText {
  offset: number;
  detail: string;
}

const STRING_ERRORS = new Set([
  'UnexpectedEndOfString',
  'InvalidEscapeCharacter',
  'InvalidUnicode',
  'InvalidCharacter',
]);
const NUMBER_RUN = /[\w.+-]*/y;
const KEYWORD = /^(?:true|false|null)/;
const PYTHON_LITERAL = /^"(True|False|None|NULL|TRUE|FALSE)"$/;
const EXPECTED_VALUE = 'expected a value (a string, number, object, array, true, false or null)';

function invalidNumber(text: string, offset: number): JsonErrorText {
  NUMBER_RUN.lastIndex = offset;
  const run = NUMBER_RUN.exec(text)?.[0] ?? '';
  return { offset, detail: `invalid number "${run.slice(0, 24)}"` };
}

function escapeProblem(text: string, at: number): string | undefined {
  const c = text[at + 1];
  if (c !== undefined && '"\\/bfnrt'.includes(c)) return undefined;
  if (c === 'u') {
    return /^[0-9a-fA-F]{4}$/.test(text.slice(at + 2, at + 6))
      ? undefined
      : 'invalid \\u escape: \\u needs four hexadecimal digits';
  }
  const what = c === undefined ? '\\ at the end of the text' : `\\${c}`;
  return `invalid escape ${what} in a string (a backslash must be written \\\\)`;
}

/** The first problem of the string whose opening quote is at `open`. */
function stringProblem(text: string, open: number): JsonErrorText {
  for (let pos = open + 1; pos < text.length; pos++) {
    const code = text.charCodeAt(pos);
    if (code === 34) break;
    if (code === 92) {
      const problem = escapeProblem(text, pos);
      if (problem) return { offset: pos, detail: problem };
      pos += text[pos + 1] === 'u' ? 5 : 1;
    } else if (code < 0x20) {
      const what = code === 10 || code === 13 ? 'a line break' : describeAt(text, pos);
      const detail = `a string cannot contain ${what}; close the string first or write it as an escape such as \\n`;
      return { offset: pos, detail };
    }
  }
  return {
    offset: open,
    detail: 'this string is never closed: the text ends before its closing quote',
  };
}

function unexpected(text: string, offset: number, context: JsonExpectation): string {
  const c = text[offset];
  const found = describeAt(text, offset);
  const { expect, container, afterComma } = context;
  const closes = expect === 'value' ? c === ']' || c === '}' : expect === 'key' && c === '}';
  if (afterComma && closes) {
    return `a trailing comma before '${c}' is not allowed in JSON`;
  }
  switch (expect) {
    case 'end': {
      const another =
        c === '{'
          ? ': a policy is one object, so merge the statements into one "Statement" array'
          : '';
      return `unexpected ${found} after the end of the JSON value${another}`;
    }
    case 'key':
      return `expected a property name in double quotes but found ${found}`;
    case 'colon':
      return `expected ':' after the property name ${quote(context.key ?? '')} but found ${found}`;
    case 'after': {
      const [close, item] =
        container === 'array' ? [']', 'an array item'] : ['}', 'a property value'];
      return `expected ',' or '${close}' after ${item} but found ${found}`;
    }
    case 'value': {
      const hint = PYTHON_LITERAL.test(found)
        ? ' (JSON writes true, false and null in lower case)'
        : '';
      return `${EXPECTED_VALUE} but found ${found}${hint}`;
    }
  }
}

/** The message for the first syntax error, pointing at the character to fix. */
export function describeSyntaxError(text: string, error: JsonSyntaxError): JsonErrorText {
  const { code, offset, context } = error;
  // A bad string or number where none may stand is reported as out of place, as JSON.parse would.
  const { expect } = context;
  const stringExpected = expect === 'value' || expect === 'key';
  if (STRING_ERRORS.has(code) && text[offset] === '"' && stringExpected) {
    return stringProblem(text, offset);
  }
  const numberError = code === 'UnexpectedEndOfNumber' || code === 'InvalidNumber';
  if (expect === 'value' && (numberError || text[offset] === '-'))
    return invalidNumber(text, offset);
  const keyword = expect === 'value' ? KEYWORD.exec(text.slice(offset, offset + 5)) : null;
  if (keyword) {
    // `nullx` is one unknown word to jsonc-parser; JSON reads `null`, then stops at `x`.
    const after = offset + keyword[0].length;
    const { container } = context;
    const next: JsonExpectation = { expect: container ? 'after' : 'end', afterComma: false };
    if (container) next.container = container;
    return { offset: after, detail: unexpected(text, after, next) };
  }
  return { offset, detail: unexpected(text, offset, context) };
}
