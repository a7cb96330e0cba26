/**
 * Smoke checks on the real data, for what only it shows: the policies Cloudcraft publishes (reference/)
 * read against the bundled catalog and the full action index as the catalog says they should. No
 * figure here depends on the AWS data; the fixture tests (analyse-policy.test.ts) pin the details.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadActionIndex, type ActionIndex } from '../../../catalog/action-index';
import { bundledCatalog as catalog } from '../../../catalog/bundled';
import type { EditionId } from '../../../catalog/types';
import { parsePolicyInput } from '../policy/parse-policy';
import { analysePolicy } from './analyse-policy';
import type { PolicyAnalysis } from './analysis-types';
import { buildEditionDiff } from './edition-diff';

let index: ActionIndex;

beforeAll(async () => {
  index = await loadActionIndex();
});

function analyseReference(name: EditionId, editionId: EditionId): PolicyAnalysis {
  const url = new URL(`../../../../reference/policies/cloudcraft-${name}.json`, import.meta.url);
  return analysePolicy(catalog, parsePolicyInput(readFileSync(url, 'utf8')), index, editionId);
}

const codes = (analysis: PolicyAnalysis): string[] => analysis.findings.map((f) => f.code);

describe('the published policies on the real data', () => {
  it('finds the 2018-06-01 policy lacks exactly what 20230818 adds to the services it covers', () => {
    const analysis = analyseReference('custom-2018-06-01', 'custom-20230818');
    const diff = buildEditionDiff(catalog, 'custom-2018-06-01', 'custom-20230818');
    expect(analysis.uncoveredServiceIds).toEqual(diff.servicesAdded);
    const addedToCovered = diff.services.filter((s) =>
      analysis.coveredServiceIds.includes(s.serviceId),
    );
    expect(analysis.missing.byService).toEqual(
      addedToCovered.map((s) => ({ serviceId: s.serviceId, actions: s.added })),
    );
    expect(analysis.surplus.count).toBe(0);
    expect(analysis.beyondReadOnly.count).toBe(0);
    expect(codes(analysis)).toEqual(['missing-actions', 'services-not-covered', 'sensitive-reads']);
  });

  it('finds the 20230818 policy complete, but for its neptune: patterns, which name no prefix', () => {
    const analysis = analyseReference('custom-20230818', 'custom-20230818');
    expect(analysis.services.every((s) => s.status === 'full')).toBe(true);
    expect(analysis.surplus.count).toBe(0);
    const unknown = analysis.findings.filter((f) => f.code === 'unknown-prefix');
    expect(unknown.map((f) => f.action)).toEqual(['neptune:Describe*', 'neptune:List*']);
  });

  it('finds the minimal policy exactly what the minimal edition grants', () => {
    const analysis = analyseReference('minimal-2025-01', 'minimal-2025-01');
    expect(analysis.services.every((s) => s.status === 'full')).toBe(true);
    expect(analysis.surplus.count).toBe(0);
    expect(codes(analysis)).toEqual(['resource-scoped', 'sensitive-reads']);
  });
});
