import { describe, expect, it } from 'vitest';
import { bundledCatalog } from '../catalog/bundled';
import type { EditionId } from '../catalog/types';
import { fixtureCatalog } from '../test/fixture-catalog';
import { buildPolicy, type PolicyMode } from './policy';
import { fitPolicy } from './policy-parts';
import { renderPolicyJson } from './render-policy-json';
import { selectAll } from './selection';

/**
 * Each edition and mode once, on the fixture catalog: the minimal edition has no wildcards, so its
 * exact form is its published form and is pinned once (the last test says so).
 */
const cases: [EditionId, PolicyMode][] = [
  ['custom-2018-06-01', 'published'],
  ['custom-2018-06-01', 'exact'],
  ['custom-20230818', 'published'],
  ['custom-20230818', 'exact'],
  ['minimal-2025-01', 'published'],
];

const fitted = (catalog = fixtureCatalog, editionId: EditionId, mode: PolicyMode) =>
  fitPolicy(buildPolicy(catalog, selectAll(catalog), editionId, { mode }));

describe.each(cases)('golden policy on the fixture catalog, %s %s', (editionId, mode) => {
  it('renders the managed policies it fits into, byte for byte', async () => {
    const { size, parts } = fitted(fixtureCatalog, editionId, mode);
    const pinned = parts.map((p) => ({ size: p.size, services: p.serviceIds, policy: p.document }));
    await expect(`${JSON.stringify({ size, parts: pinned }, null, 2)}\n`).toMatchFileSnapshot(
      `__golden__/${editionId}.${mode}.json`,
    );
  });
});

describe('golden policy', () => {
  it('of the minimal edition is the same in both modes', () => {
    const editionId = 'minimal-2025-01';
    expect(fitted(fixtureCatalog, editionId, 'exact')).toEqual(
      fitted(fixtureCatalog, editionId, 'published'),
    );
  });
});

/** Smoke: the bundled catalog end to end, one exact policy per edition; these follow AWS data bumps. */
describe.each(bundledCatalog.editions.map((e) => e.id))('smoke golden, %s', (editionId) => {
  it('renders every service as exact actions, byte for byte', async () => {
    const { document } = fitted(bundledCatalog, editionId, 'exact');
    await expect(renderPolicyJson(document)).toMatchFileSnapshot(
      `__golden__/smoke/${editionId}.exact.json`,
    );
  });
});
