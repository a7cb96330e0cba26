import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixtureCatalog as catalog } from '../../../test/fixture-catalog';
import { buildEditionDiff } from './edition-diff';

const editionIds = catalog.editions.map((e) => e.id);

describe('buildEditionDiff', () => {
  it('finds the one action 20230818 adds to 2018-06-01, with the editions’ dates', () => {
    const diff = buildEditionDiff(catalog, 'custom-2018-06-01', 'custom-20230818');
    expect(diff.from).toEqual({
      id: 'custom-2018-06-01',
      label: 'Cloudcraft custom 2018-06-01',
      date: '2018-06-01',
    });
    expect(diff.to.date).toBe('2023-08-18');
    expect(diff.servicesAdded).toEqual([]);
    expect(diff.servicesRemoved).toEqual([]);
    expect(diff.services).toEqual([
      { serviceId: 'lambda', added: ['lambda:GetFunction'], removed: [] },
    ]);
    expect([diff.addedCount, diff.removedCount]).toEqual([1, 0]);
  });

  it('finds the services the minimal edition drops, with all their actions, in catalog order', () => {
    const diff = buildEditionDiff(catalog, 'custom-20230818', 'minimal-2025-01');
    expect(diff.servicesAdded).toEqual([]);
    expect(diff.servicesRemoved).toEqual(['ses', 'tag']);
    expect(diff.services.map((s) => s.serviceId)).toEqual([
      'ec2',
      'lambda',
      's3',
      'rds',
      'ses',
      'tag',
    ]);
    const ses = catalog.editionService('custom-20230818', 'ses')?.grants.flatMap((g) => g.actions);
    expect(diff.services.find((s) => s.serviceId === 'ses')?.removed).toEqual(ses);
    expect(diff.services.find((s) => s.serviceId === 's3')?.added).toEqual([
      's3:GetReplicationConfiguration',
    ]);
    expect(diff.removedCount).toBe(diff.services.reduce((n, s) => n + s.removed.length, 0));
  });

  it('is the mirror image of the reverse diff', () => {
    const pair = fc.tuple(fc.constantFrom(...editionIds), fc.constantFrom(...editionIds));
    fc.assert(
      fc.property(pair, ([a, b]) => {
        const forward = buildEditionDiff(catalog, a, b);
        const back = buildEditionDiff(catalog, b, a);
        expect(back.servicesAdded).toEqual(forward.servicesRemoved);
        expect(back.services.map((s) => [s.serviceId, s.added, s.removed])).toEqual(
          forward.services.map((s) => [s.serviceId, s.removed, s.added]),
        );
        if (a === b) expect(forward.services).toEqual([]);
      }),
    );
  });
});
