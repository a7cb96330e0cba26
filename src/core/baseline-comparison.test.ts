import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBaselines, type BaselinesData } from '../catalog/baselines';
import { bundledCatalog as catalog } from '../catalog/bundled';
import type { AccessLevel } from '../catalog/types';
import { buildBaselineComparison } from './baseline-comparison';
import { buildPolicy } from './policy';
import { propertyRuns } from '../test/property-runs';

const fixture: BaselinesData = {
  generatedBy: 'test',
  actionData: { package: 'iam-data', version: '1', updatedAt: '2026-01-01' },
  policyData: { package: 'policies', version: '1', newestChange: '2026-01-01' },
  dataReads: {
    's3:GetObject': 'Downloads objects.',
    's3:ListBucket': 'Lists keys.',
    'logs:GetLogEvents': 'Reads logs.',
  },
  baselines: [
    {
      name: 'Wide',
      arn: 'arn:aws:iam::aws:policy/Wide',
      versionId: 'v2',
      versionDate: '2026-01-01',
      patternCount: 3,
      levels: { List: 10, Read: 20, Write: 2, 'Permissions management': 1 },
      beyondReadOnly: ['iam:PassRole', 's3:PutObject', 'x:Y'],
      dataReads: ['logs:GetLogEvents', 's3:GetObject', 's3:ListBucket'],
      unmatched: [],
      limited: [],
      services: { s3: { List: 2, Read: 5, Write: 1 }, logs: { Read: 3 }, ec2: { List: 4 } },
    },
  ],
};

const levels: Record<string, AccessLevel> = {
  'ec2:DescribeInstances': 'List',
  's3:ListBucket': 'List',
  's3:GetBucketPolicy': 'Read',
  'ec2:RunInstances': 'Write',
};
const levelOf = (action: string) => levels[action];

describe('buildBaselineComparison', () => {
  it('counts our actions by level and the data reads we grant', () => {
    const c = buildBaselineComparison(
      ['ec2:DescribeInstances', 's3:GetBucketPolicy', 's3:ListBucket'],
      levelOf,
      fixture,
    );
    expect(c.ours).toEqual({
      id: 'ours',
      list: 2,
      read: 1,
      beyond: 0,
      total: 3,
      dataReads: ['s3:ListBucket'],
      onOurPrefixes: 3,
    });
    expect(c.oursBeyondReadOnly).toEqual([]);
    expect(c.ourPrefixCount).toBe(2);
  });

  it('reads each baseline from its levels, and counts it on the prefixes we use', () => {
    const [wide] = buildBaselineComparison(
      ['s3:ListBucket', 'ec2:DescribeInstances'],
      levelOf,
      fixture,
    ).baselines;
    expect(wide).toEqual({
      id: 'Wide',
      list: 10,
      read: 20,
      beyond: 3,
      total: 33,
      dataReads: ['logs:GetLogEvents', 's3:GetObject', 's3:ListBucket'],
      onOurPrefixes: 12,
    });
  });

  it('lists the data reads a baseline grants beyond ours, with reasons', () => {
    const c = buildBaselineComparison(['S3:LISTBUCKET'], levelOf, fixture);
    expect(c.extraDataReads.Wide).toEqual([
      { action: 'logs:GetLogEvents', reason: 'Reads logs.' },
      { action: 's3:GetObject', reason: 'Downloads objects.' },
    ]);
  });

  it('counts a write, or an action of unknown level, beyond List and Read', () => {
    const c = buildBaselineComparison(
      ['ec2:RunInstances', 'foo:Bar', 's3:ListBucket'],
      levelOf,
      fixture,
    );
    expect(c.ours).toMatchObject({ list: 1, read: 0, beyond: 2, total: 3 });
    expect(c.oursBeyondReadOnly).toEqual(['ec2:RunInstances', 'foo:Bar']);
  });
});

describe('with the catalog and the committed baselines', () => {
  let data: BaselinesData;
  beforeAll(async () => {
    data = await loadBaselines();
  });

  const ids = catalog.services.map((s) => s.id);

  it('our policy never goes beyond List and Read, whatever the edition and selection', () => {
    fc.assert(
      fc.property(
        fc.subarray(ids),
        fc.constantFrom(...catalog.editions.map((e) => e.id)),
        fc.constantFrom('published' as const, 'exact' as const),
        (selection, editionId, mode) => {
          const model = buildPolicy(catalog, selection, editionId, { mode });
          const c = buildBaselineComparison(model.exactActions, catalog.accessLevelOf, data);
          expect(c.ours.beyond).toBe(0);
          expect(c.ours.total).toBe(model.exactActions.length);
          expect(c.ours.list + c.ours.read).toBe(c.ours.total);
          for (const b of c.baselines) expect(b.onOurPrefixes).toBeLessThanOrEqual(b.total);
        },
      ),
      { numRuns: propertyRuns(60) },
    );
  });

  it('shows ReadOnlyAccess granting data reads the default policy does not', () => {
    const model = buildPolicy(catalog, ids, 'minimal-2025-01', { mode: 'published' });
    const c = buildBaselineComparison(model.exactActions, catalog.accessLevelOf, data);
    const extra = c.extraDataReads.ReadOnlyAccess ?? [];
    expect(extra.map((r) => r.action)).toContain('s3:GetObject');
    expect(extra.every((r) => r.reason.length > 0)).toBe(true);
    const ro = data.baselines.find((b) => b.name === 'ReadOnlyAccess')?.dataReads ?? [];
    expect(extra.map((r) => r.action)).toEqual(ro.filter((a) => !c.ours.dataReads.includes(a)));
  });
});
