import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJson } from './parse-json';
import { createLocator } from './json-text';
import type { JsonValue } from './json-value';
import { propertyRuns } from '../../../test/property-runs';

/** Converts the parser's tree to plain values (null-prototype objects, last duplicate wins). */
function toPlain(value: JsonValue): unknown {
  switch (value.kind) {
    case 'object': {
      const out = Object.create(null) as Record<string, unknown>;
      for (const entry of value.entries) out[entry.key] = toPlain(entry.value);
      return out;
    }
    case 'array':
      return value.items.map(toPlain);
    case 'null':
      return null;
    default:
      return value.value;
  }
}

function jsonParseOk(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

describe('parseJson', () => {
  it('reads what JSON.parse reads, to the same values', () => {
    fc.assert(
      fc.property(fc.json({ depthSize: 'medium' }), (text) => {
        const result = parseJson(text, 1000);
        expect(result.ok).toBe(true);
        if (result.ok) expect(toPlain(result.value)).toEqual(JSON.parse(text));
      }),
      { numRuns: propertyRuns(500) },
    );
  });

  it('refuses exactly what JSON.parse refuses, on random and mutated text', () => {
    const mutated = fc
      .tuple(
        fc.json(),
        fc.nat(),
        fc.constantFrom('', ',', '}', ']', '"', ':', '0', '-', '\\', ' ', 'x'),
      )
      .map(([text, at, insert]) => {
        const i = at % (text.length + 1);
        return text.slice(0, i) + insert + text.slice(i + (at % 2));
      });
    fc.assert(
      fc.property(fc.oneof(fc.string(), mutated), (text) => {
        expect(parseJson(text, 1000).ok).toBe(jsonParseOk(text));
      }),
      { numRuns: propertyRuns(2000) },
    );
  });

  it('refuses exactly what JSON.parse refuses, on text made of JSON-breaking pieces', () => {
    const piece = fc.constantFrom(
      ...['{', '}', '[', ']', ',', ':', '"', '"a"', '0', '-', '01', '1.', '.5', '1e', '1e+2', '-0'],
      ...['true', 'True', 'null', 'nul', '\\', '\\u12', '\\u0041', '\\x', '//', '/*', '*/'],
      ...[' ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\u2028', '\ufeff', '\u0000', "'"],
    );
    const text = fc.array(piece, { maxLength: 14 }).map((pieces) => pieces.join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(parseJson(t, 64).ok).toBe(jsonParseOk(t));
      }),
      { numRuns: propertyRuns(3000) },
    );
  });

  it.each([
    ['[01]', 1, 'invalid number "01"'],
    ['[1.]', 1, 'invalid number "1."'],
    ['-', 0, 'invalid number "-"'],
    ['1e5.3', 0, 'invalid number "1e5.3"'],
    ['["a\\x"]', 3, 'invalid escape \\x in a string (a backslash must be written \\\\)'],
    ['"\\u12"', 1, 'invalid \\u escape: \\u needs four hexadecimal digits'],
    [
      '"a\u0001"',
      2,
      'a string cannot contain the control character U+0001; close the string first or write it as an escape such as \\n',
    ],
    ['[1,]', 3, "a trailing comma before ']' is not allowed in JSON"],
    ['{"a":1,]', 7, "expected a property name in double quotes but found ']'"],
    ['{"a" 1}', 5, "expected ':' after the property name \"a\" but found '1'"],
    ['[1 2]', 3, "expected ',' or ']' after an array item but found '2'"],
    ['{', 1, 'expected a property name in double quotes but found the end of the text'],
    [
      '[',
      1,
      'expected a value (a string, number, object, array, true, false or null) but found the end of the text',
    ],
    [
      '{"a": 1 /* note */}',
      8,
      "expected ',' or '}' after a property value but found a comment (JSON has no comments: remove it)",
    ],
    [
      '',
      0,
      'expected a value (a string, number, object, array, true, false or null) but found the end of the text',
    ],
  ])('explains %j at offset %i', (text, offset, detail) => {
    expect(parseJson(text, 64)).toEqual({ ok: false, problem: { kind: 'syntax', offset, detail } });
  });

  it('reports the offset of the first error', () => {
    const result = parseJson('{"a": [1, 2,, 3]}', 64);
    expect(result).toEqual({
      ok: false,
      problem: {
        kind: 'syntax',
        offset: 12,
        detail:
          "expected a value (a string, number, object, array, true, false or null) but found ','",
      },
    });
  });

  it('refuses nesting past the limit, even 1 MB of open brackets, without overflowing the stack', () => {
    for (const open of ['[', '{"a":']) {
      const deep = open.repeat(Math.floor(1_048_576 / open.length));
      const result = parseJson(deep, 64);
      expect(result).toMatchObject({
        ok: false,
        problem: { kind: 'depth', offset: 64 * open.length },
      });
    }
    expect(parseJson('['.repeat(64) + ']'.repeat(64), 64).ok).toBe(true);
    expect(parseJson('['.repeat(65) + ']'.repeat(65), 64).ok).toBe(false);
  });

  it('stops at the first error, so error recovery cannot nest without limit', () => {
    // Bracket counting sees depth 1 here; a parser that recovers and goes on would nest 95,000 deep.
    const unit = '{"a":],"b":';
    const result = parseJson(unit.repeat(Math.floor(1_048_576 / unit.length)), 64);
    expect(result).toMatchObject({ ok: false, problem: { kind: 'syntax', offset: 5 } });
  });

  it('reports a syntax error before the nesting limit as a syntax error', () => {
    const result = parseJson(`{"a" 1, ${'['.repeat(100)}`, 64);
    expect(result).toMatchObject({ ok: false, problem: { kind: 'syntax', offset: 5 } });
  });

  it('keeps duplicate keys as members and reports the later ones', () => {
    const result = parseJson('{"a": 1, "b": 2, "a": 3}', 64);
    expect(result.ok && result.duplicates).toEqual([{ key: 'a', offset: 17 }]);
    if (result.ok) expect(toPlain(result.value)).toEqual({ a: 3, b: 2 });
  });

  it('never touches a prototype with __proto__ or constructor keys', () => {
    const result = parseJson(
      '{"__proto__": {"polluted": true}, "constructor": {"prototype": 1}}',
      64,
    );
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (result.ok && result.value.kind === 'object') {
      expect(result.value.entries.map((e) => e.key)).toEqual(['__proto__', 'constructor']);
    }
  });

  it('records where each object ends, so a nested document can be cut out', () => {
    const text = '{"PolicyVersion": {"Document": {"Version": "2012-10-17"}}}';
    const result = parseJson(text, 64);
    const outer = result.ok && result.value.kind === 'object' ? result.value : undefined;
    const version = outer?.entries[0]?.value;
    const document = version?.kind === 'object' ? version.entries[0]?.value : undefined;
    expect(
      document && document.kind === 'object' && text.slice(document.offset, document.end),
    ).toBe('{"Version": "2012-10-17"}');
  });
});

describe('createLocator', () => {
  it('counts \\n, \\r\\n and lone \\r as line breaks', () => {
    const locate = createLocator('ab\ncd\r\nef\rgh');
    expect(locate(0)).toEqual({ line: 1, column: 1 });
    expect(locate(4)).toEqual({ line: 2, column: 2 });
    expect(locate(7)).toEqual({ line: 3, column: 1 });
    expect(locate(11)).toEqual({ line: 4, column: 2 });
  });
});
