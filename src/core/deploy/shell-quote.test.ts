import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shellQuote } from './shell-quote';
import { propertyRuns } from '../../test/property-runs';

describe('shellQuote', { timeout: 60_000 }, () => {
  it('gives sh any string back verbatim, without running or expanding anything', () => {
    const strings = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.string({
        unit: fc.constantFrom("'", '"', '$', '`', '\\', '(', ')', ';', ' ', '\n', '*', '~', '!'),
      }),
    );
    fc.assert(
      fc.property(
        strings.filter((s) => !s.includes('\0')),
        (value) => {
          const result = spawnSync('/bin/sh', ['-c', `printf '%s' ${shellQuote(value)}`], {
            encoding: 'utf8',
            env: { PATH: '/usr/bin:/bin' },
          });
          expect(result.stderr).toBe('');
          expect(result.stdout).toBe(value);
        },
      ),
      { numRuns: propertyRuns(200) },
    );
  });

  it("closes, escapes and reopens the quotes around a '", () => {
    expect(shellQuote("it's")).toBe(`'it'\\''s'`);
    expect(shellQuote('')).toBe("''");
  });
});
