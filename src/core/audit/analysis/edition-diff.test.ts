import { bundledCatalog as catalog } from '../../../catalog/bundled';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildEditionDiff } from './edition-diff';

const editionIds = catalog.editions.map((e) => e.id);

describe('buildEditionDiff', () => {
  it('finds the services 20230818 adds to 2018-06-01, with their dates', () => {
    const diff = buildEditionDiff(catalog, 'custom-2018-06-01', 'custom-20230818');
    expect(diff.from).toEqual({
      id: 'custom-2018-06-01',
      label: 'Cloudcraft custom 2018-06-01',
      date: '2018-06-01',
    });
    expect(diff.to.date).toBe('2023-08-18');
    expect([...diff.servicesAdded].sort()).toEqual([
      'cassandra',
      'directconnect',
      'ecr',
      'ecs',
      'eks',
      'fsx',
      'glacier',
      'timestream',
      'wafv2',
    ]);
    expect(diff.servicesRemoved).toEqual([]);
  });

  it('lists the exact actions added per service (AWS data of 2026-09-26)', () => {
    const diff = buildEditionDiff(catalog, 'custom-2018-06-01', 'custom-20230818');
    const counts = Object.fromEntries(diff.services.map((s) => [s.serviceId, s.added.length]));
    expect(counts).toEqual({
      lambda: 1,
      ecs: 28,
      eks: 33,
      ecr: 16,
      cloudfront: 40,
      route53: 18,
      directconnect: 18,
      glacier: 13,
      fsx: 13,
      timestream: 12,
      cassandra: 1,
      sns: 1,
      sqs: 2,
      wafv2: 15,
    });
    expect(diff.services.find((s) => s.serviceId === 'lambda')?.added).toEqual([
      'lambda:GetFunction',
    ]);
    expect(diff.addedCount).toBe(211);
    expect(diff.removedCount).toBe(0);
  });

  it('finds what the minimal edition drops and adds', () => {
    const diff = buildEditionDiff(catalog, 'custom-20230818', 'minimal-2025-01');
    expect(diff.servicesAdded).toEqual(['events']);
    expect(diff.servicesRemoved).toEqual(['ses', 'tag']);
    expect(diff.removedCount).toBeGreaterThan(700);
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
