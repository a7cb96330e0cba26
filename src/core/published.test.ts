import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledCatalog as catalog } from '../catalog/bundled';
import type { EditionId } from '../catalog/types';
import { buildPolicy, buildPolicyDocument, resourceKey, type PolicyDocument } from './policy';
import { selectAll } from './selection';

const files: Record<EditionId, string> = {
  'custom-2018-06-01': 'cloudcraft-custom-2018-06-01.json',
  'custom-20230818': 'cloudcraft-custom-20230818.json',
  'minimal-2025-01': 'cloudcraft-minimal-2025-01.json',
};

/** Statements keyed by resource set, each with its lower-cased, sorted actions. */
function normalise(
  document: PolicyDocument,
  drop: Set<string> = new Set(),
): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const s of document.Statement) {
    const resources = typeof s.Resource === 'string' ? '*' : [...s.Resource].sort();
    const actions = [s.Action].flat().filter((a) => !drop.has(a));
    out[resourceKey(resources)] = [...new Set(actions.map((a) => a.toLowerCase()))].sort();
  }
  return out;
}

describe.each(catalog.editions.map((e) => e.id))('edition %s', (editionId) => {
  const published = JSON.parse(
    readFileSync(new URL(`../../reference/policies/${files[editionId]}`, import.meta.url), 'utf8'),
  ) as PolicyDocument;
  const dropped = new Set(
    Object.values(catalog.getEdition(editionId).services).flatMap((s) =>
      s.dropped.map((d) => d.pattern),
    ),
  );

  it('gives back the published policy, minus the patterns marked as upstream errors', () => {
    const model = buildPolicy(catalog, selectAll(catalog), editionId, { mode: 'published' });
    expect(normalise(buildPolicyDocument(model.grants))).toEqual(normalise(published, dropped));
  });

  it('drops only the neptune patterns', () => {
    expect([...dropped]).toEqual(
      editionId === 'custom-20230818' ? ['neptune:Describe*', 'neptune:List*'] : [],
    );
  });
});
