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

  it('refuses nesting past the limit without recursion, even 100,000 deep', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const result = parseJson(deep, 64);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toMatchObject({ kind: 'depth', offset: 64 });
    expect(parseJson('['.repeat(64) + ']'.repeat(64), 64).ok).toBe(true);
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
