import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../test/property-runs';
import { utf8Length } from './utf8-length';

describe('utf8Length', () => {
  it('counts what an encoder writes, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
      }),
      { numRuns: propertyRuns(1000) },
    );
    expect(utf8Length('a€😀\ud800')).toBe(1 + 3 + 4 + 3);
  });
});
