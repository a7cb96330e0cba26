import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import type { EditionSource, GrantSource } from '../../src/catalog/types';
import {
  buildCatalog,
  CatalogError,
  normaliseAccessLevel,
  type CatalogSources,
  type IamData,
} from './build';
import { loadIamData } from './iam-data';
import { catalogSources, prefixesOf } from './sources';

let data: IamData;

beforeAll(async () => {
  data = await loadIamData([...prefixesOf(catalogSources), 'foo']);
});

/** The real sources with one extra grant added to a service of the 20230818 edition. */
function withGrant(serviceId: string, grant: string | GrantSource): CatalogSources {
  const editions: EditionSource[] = catalogSources.editions.map((e) =>
    e.id === 'custom-20230818'
      ? { ...e, grants: { ...e.grants, [serviceId]: [...(e.grants[serviceId] ?? []), grant] } }
      : e,
  );
  return { ...catalogSources, editions };
}

function problemsOf(sources: CatalogSources): string[] {
  try {
    buildCatalog(sources, data, 'test');
  } catch (error) {
    if (error instanceof CatalogError) return error.problems;
    throw error;
  }
  return [];
}

describe('buildCatalog', () => {
  it('accepts the reviewed catalog', () => {
    expect(problemsOf(catalogSources)).toEqual([]);
  });

  it('refuses an action that is not List or Read', () => {
    expect(problemsOf(withGrant('ec2', 'ec2:TerminateInstances'))).toEqual([
      'custom-20230818 / ec2 / ec2:TerminateInstances: grants ec2:TerminateInstances, whose access level is Write, not List or Read',
    ]);
  });

  it('refuses a wildcard that reaches a write action', () => {
    const problems = problemsOf(withGrant('s3', 's3:Put*'));
    expect(problems.length).toBeGreaterThan(10);
    expect(problems).toContain(
      'custom-20230818 / s3 / s3:Put*: grants s3:PutObject, whose access level is Write, not List or Read',
    );
  });

  it('refuses a pattern that matches no IAM action', () => {
    expect(problemsOf(withGrant('ec2', 'foo:Bar'))).toEqual([
      "custom-20230818 / ec2 / foo:Bar: prefix is not one of Amazon EC2's (ec2)",
      'custom-20230818 / ec2 / foo:Bar: matches no IAM action',
    ]);
    expect(problemsOf(withGrant('ec2', 'ec2:DescribeNothingAtAll'))).toEqual([
      'custom-20230818 / ec2 / ec2:DescribeNothingAtAll: matches no IAM action',
    ]);
  });

  it('needs the neptune patterns marked as upstream errors', () => {
    const unmarked = catalogSources.editions.map((e) => ({
      ...e,
      grants: Object.fromEntries(
        Object.entries(e.grants).map(([id, grants]) => [
          id,
          grants.map((g) => (typeof g === 'string' ? g : { ...g, upstreamError: undefined })),
        ]),
      ),
    }));
    const problems = problemsOf({ ...catalogSources, editions: unmarked });
    expect(problems).toContain('custom-20230818 / rds / neptune:Describe*: matches no IAM action');
    expect(problems).toContain('custom-20230818 / rds / neptune:List*: matches no IAM action');
  });

  it('refuses an upstream-error mark on a pattern that does match', () => {
    expect(
      problemsOf(withGrant('s3', { pattern: 's3:ListBucket', upstreamError: 'not really' })),
    ).toEqual([
      'custom-20230818 / s3 / s3:ListBucket: marked as an upstream error but grants 1 actions',
    ]);
  });

  it('refuses an unknown service and an edition without EC2', () => {
    expect(problemsOf(withGrant('nosuch', 'ec2:DescribeInstances'))).toEqual([
      'custom-20230818: unknown service "nosuch"',
    ]);
    const noEc2 = catalogSources.editions.map((e) => {
      const { ec2: _ec2, ...rest } = e.grants;
      return { ...e, grants: rest };
    });
    expect(problemsOf({ ...catalogSources, editions: noEc2 })).toEqual([
      'custom-2018-06-01: the required service ec2 has no grants',
      'custom-20230818: the required service ec2 has no grants',
      'minimal-2025-01: the required service ec2 has no grants',
    ]);
  });

  it('refuses a sensitive-read entry that is not an action', () => {
    const sources = {
      ...catalogSources,
      sensitive: [{ action: 'lambda:GetFunktion', reason: 'x' }],
    };
    expect(problemsOf(sources)).toEqual(['sensitive read lambda:GetFunktion is not an IAM action']);
  });

  it('normalises compound access levels to the most privileged one', () => {
    expect(normaliseAccessLevel('Permissions management, Write')).toBe('Permissions management');
    expect(normaliseAccessLevel('Tagging, Write')).toBe('Write');
    expect(normaliseAccessLevel('List')).toBe('List');
    expect(normaliseAccessLevel('Something')).toBeUndefined();
  });

  it('grants the figures measured against AWS data of 2026-09-26', () => {
    const catalog = buildCatalog(catalogSources, data, 'test');
    const counts = catalog.editions.map((e) => {
      const actions = new Set(
        Object.values(e.services).flatMap((s) => s.grants.flatMap((g) => g.actions)),
      );
      return [e.id, actions.size];
    });
    expect(counts).toEqual([
      ['custom-2018-06-01', 696],
      ['custom-20230818', 907],
      ['minimal-2025-01', 139],
    ]);
  });

  it('matches the committed generated catalog (run npm run catalog after changing the sources)', async () => {
    const committed = await readFile(
      new URL('../../src/catalog/generated/catalog.json', import.meta.url),
      'utf8',
    );
    const built = buildCatalog(catalogSources, data, 'scripts/build-catalog.ts (npm run catalog)');
    expect(JSON.parse(committed)).toEqual(built);
  });
});
