import { describe, expect, it } from 'vitest';
import { listEditions } from '../catalog/catalog';
import { buildPolicy, type PolicyMode } from './policy';
import { fitPolicy } from './policy-parts';
import { renderPolicyJson } from './render-policy-json';
import { selectAll } from './selection';

const modes: PolicyMode[] = ['published', 'exact'];

describe.each(listEditions().flatMap((e) => modes.map((mode) => [e.id, mode] as const)))(
  'golden policy, edition %s, mode %s',
  (editionId, mode) => {
    const fitted = fitPolicy(buildPolicy(selectAll(), editionId, { mode }));

    it('renders the whole policy byte for byte', async () => {
      await expect(renderPolicyJson(fitted.document)).toMatchFileSnapshot(
        `__golden__/${editionId}.${mode}.json`,
      );
    });

    it('splits it into the same managed policies', async () => {
      const parts = fitted.parts.map((p) => ({
        size: p.size,
        services: p.serviceIds,
        document: p.document,
      }));
      await expect(`${JSON.stringify(parts, null, 2)}\n`).toMatchFileSnapshot(
        `__golden__/${editionId}.${mode}.parts.json`,
      );
    });
  },
);
