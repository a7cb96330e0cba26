import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixtureActionIndex as index } from '../../../test/fixture-action-index';
import { fixtureCatalog as catalog } from '../../../test/fixture-catalog';
import { analysePolicy } from '../analysis/analyse-policy';
import { parsePolicyInput } from './parse-policy';
import type { ParseResult } from '../types';
import { propertyRuns } from '../../../test/property-runs';

const reference = readFileSync(
  new URL('../../../../reference/policies/cloudcraft-custom-20230818.json', import.meta.url),
  'utf8',
);

/** A result the page can always show: known severities, a code and a message for each finding. */
function expectWellFormed(result: ParseResult): void {
  expect(Array.isArray(result.findings)).toBe(true);
  for (const finding of result.findings) {
    expect(['error', 'warning', 'info']).toContain(finding.severity);
    expect(finding.code).toMatch(/^[a-z0-9-]+$/);
    expect(finding.message.length).toBeGreaterThan(0);
  }
  if (!result.policy) expect(result.findings.some((f) => f.severity === 'error')).toBe(true);
}

/** The reference policy with a slice replaced by random text: mostly broken, sometimes subtly. */
const mutatedPolicy = fc
  .tuple(fc.nat(reference.length), fc.nat(40), fc.string({ maxLength: 8 }))
  .map(([at, cut, insert]) => reference.slice(0, at) + insert + reference.slice(at + cut));

const elementNames = [
  'Version',
  'Statement',
  'statement',
  'Id',
  'Sid',
  'Effect',
  'Action',
  'NotAction',
];
const resourceNames = [
  'Resource',
  'NotResource',
  'Condition',
  'Principal',
  '__proto__',
  'constructor',
];
const elementKey = fc.constantFrom(...elementNames, ...resourceNames);
const elementValue = fc.oneof(
  fc.constantFrom(
    'Allow',
    'Deny',
    '*',
    '*:*',
    's3:*',
    'ec2:Describe*',
    '2012-10-17',
    'nosuch:Get*',
  ),
  fc.anything(),
);
/** Policy-shaped objects whose elements hold random values. */
const policyShaped = fc.record({
  Version: fc.oneof(fc.constant('2012-10-17'), fc.anything()),
  Statement: fc.oneof(
    fc.array(fc.dictionary(elementKey, elementValue), { maxLength: 4 }),
    fc.dictionary(elementKey, elementValue),
    fc.anything(),
  ),
});

function serialise(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

describe('parsePolicyInput on random input', () => {
  it.each([
    ['random strings', fc.string({ unit: 'binary', maxLength: 200 })],
    ['random JSON text', fc.json()],
    ['random values, serialised', fc.anything().map(serialise)],
    ['mutated valid policies', mutatedPolicy],
    ['policy-shaped objects', policyShaped.map(serialise)],
    [
      'policy-shaped objects inside get-policy-version output',
      policyShaped.map((p) =>
        serialise({ PolicyVersion: { Document: encodeURIComponent(serialise(p)) } }),
      ),
    ],
  ])('%s never throw and always return findings the page can show', (_name, inputs) => {
    fc.assert(
      fc.property(inputs, (text) => {
        const result = parsePolicyInput(text);
        expectWellFormed(result);
        expect(result.findings.map((f) => f.code)).not.toContain('internal-error');
        const analysis = analysePolicy(catalog, result, index, 'custom-20230818');
        expect(analysis.allowed.length).toBeLessThanOrEqual(index.actionCount);
      }),
      { numRuns: propertyRuns(300) },
    );
  });

  it('does not throw for a value that is not a string', () => {
    const result = parsePolicyInput(undefined as unknown as string);
    expect(result.findings.map((f) => f.code)).toEqual(['internal-error']);
  });
});
