import { describe, expect, it } from 'vitest';
import { fixtureCatalog as catalog } from '../test/fixture-catalog';
import { buildServiceListings, filterListings, groupByCategory } from './service-list';

const listings = (editionId: Parameters<typeof buildServiceListings>[1]) =>
  buildServiceListings(catalog, editionId);

describe('service listings', () => {
  it('lists only the services an edition offers', () => {
    expect(listings('custom-20230818')).toHaveLength(7);
    expect(listings('minimal-2025-01').map((l) => l.service.id)).toEqual([
      'ec2',
      'lambda',
      'apigateway',
      's3',
      'rds',
    ]);
  });

  it("counts each service's exact actions and flags reads that expose data", () => {
    const lambda = listings('custom-20230818').find((l) => l.service.id === 'lambda');
    expect(lambda?.patterns).toEqual(['lambda:GetFunction', 'lambda:List*']);
    expect(lambda?.actions.every((a) => a.level === 'List' || a.level === 'Read')).toBe(true);
    expect(lambda?.actions.find((a) => a.action === 'lambda:GetFunction')?.sensitive).toMatch(
      /code/,
    );
    expect(lambda?.sensitiveCount).toBe(2);
  });

  it('shows the dropped neptune patterns under RDS in 20230818', () => {
    const rds = listings('custom-20230818').find((l) => l.service.id === 'rds');
    expect(rds?.dropped.map((d) => d.pattern)).toEqual(['neptune:Describe*', 'neptune:List*']);
  });

  it('filters by every word, across name, prefix and components', () => {
    const all = listings('custom-20230818');
    expect(filterListings(all, 'S3').map((l) => l.service.id)).toEqual(['s3']);
    expect(filterListings(all, 'amazon buckets').map((l) => l.service.id)).toEqual(['s3']);
    expect(filterListings(all, 'neptune').map((l) => l.service.id)).toEqual(['rds']);
    expect(filterListings(all, '  ')).toHaveLength(7);
    expect(filterListings(all, 'zzz')).toEqual([]);
  });

  it('groups by category in display order', () => {
    const groups = groupByCategory(listings('custom-20230818'));
    expect(groups[0]?.category).toBe('Compute');
    expect(groups[0]?.listings[0]?.service.id).toBe('ec2');
    expect(groups.flatMap((g) => g.listings)).toHaveLength(7);
  });
});
