import { bundledCatalog as catalog } from '../../../catalog/bundled';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadActionIndex, type ActionIndex } from '../../../catalog/action-index';
import type { EditionId } from '../../../catalog/types';
import { buildPolicy } from '../../policy';
import { selectAll } from '../../selection';
import { analysePolicy } from './analyse-policy';
import type { PolicyAnalysis } from './analysis-types';
import { buildEditionDiff } from './edition-diff';
import { parsePolicyInput } from '../policy/parse-policy';

let index: ActionIndex;

beforeAll(async () => {
  index = await loadActionIndex();
});

function reference(name: string): string {
  return readFileSync(
    new URL(`../../../../reference/policies/${name}.json`, import.meta.url),
    'utf8',
  );
}

function analyse(text: string, editionId: EditionId = 'custom-20230818'): PolicyAnalysis {
  return analysePolicy(catalog, parsePolicyInput(text), index, editionId);
}

function allowing(...actions: string[]): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: actions, Resource: '*' }],
  });
}

const codes = (analysis: PolicyAnalysis): string[] => analysis.findings.map((f) => f.code);

describe('analysePolicy on the reference policies (AWS data of 2026-09-26)', () => {
  it('finds the 2018-06-01 policy covers 20 services and lacks what 20230818 adds', () => {
    const analysis = analyse(reference('cloudcraft-custom-2018-06-01'));
    const diff = buildEditionDiff(catalog, 'custom-2018-06-01', 'custom-20230818');
    expect(analysis.allowed).toHaveLength(696);
    expect(analysis.levelCounts).toEqual({
      List: 490,
      Read: 206,
      Write: 0,
      'Permissions management': 0,
      Tagging: 0,
    });
    expect(analysis.coveredServiceIds).toHaveLength(20);
    expect(analysis.uncoveredServiceIds).toEqual(diff.servicesAdded);
    const addedToCovered = diff.services.filter((s) =>
      analysis.coveredServiceIds.includes(s.serviceId),
    );
    expect(analysis.missing.byService).toEqual(
      addedToCovered.map((s) => ({ serviceId: s.serviceId, actions: s.added })),
    );
    expect(analysis.missing.count).toBe(62);
    expect(analysis.services.find((s) => s.serviceId === 'lambda')).toMatchObject({
      status: 'partial',
      missing: ['lambda:GetFunction'],
    });
    expect(analysis.surplus.count).toBe(0);
    expect(analysis.beyondReadOnly.count).toBe(0);
    expect(codes(analysis)).toEqual(['missing-actions', 'services-not-covered', 'sensitive-reads']);
    expect(analysis.findings[0]?.message).toBe(
      'For the 20 services it covers, the policy lacks 62 actions that Cloudcraft custom 20230818 grants: this is what Cloudcraft reports as "Limited AWS access".',
    );
  });

  it('finds the 20230818 policy complete against itself, but for its two Neptune patterns', () => {
    const analysis = analyse(reference('cloudcraft-custom-20230818'));
    expect(analysis.allowed).toHaveLength(907);
    expect(analysis.services.every((s) => s.status === 'full')).toBe(true);
    expect(
      analysis.findings.filter((f) => f.code === 'unknown-prefix').map((f) => f.message),
    ).toEqual([
      `Statement 1: "neptune:Describe*" names no AWS service: "neptune" is not an IAM service prefix (AWS data of 2026-09-26), so it matches no action. Neptune's management actions use the rds: prefix (neptune-db: is its data plane).`,
      `Statement 1: "neptune:List*" names no AWS service: "neptune" is not an IAM service prefix (AWS data of 2026-09-26), so it matches no action. Neptune's management actions use the rds: prefix (neptune-db: is its data plane).`,
    ]);
  });

  it('finds the minimal policy exactly what the minimal edition grants', () => {
    const analysis = analyse(reference('cloudcraft-minimal-2025-01'), 'minimal-2025-01');
    expect(analysis.allowed).toHaveLength(139);
    expect(analysis.services.every((s) => s.status === 'full')).toBe(true);
    expect(analysis.surplus.count).toBe(0);
    expect(codes(analysis)).toEqual(['resource-scoped', 'sensitive-reads']);
  });

  it('shows a wildcard policy what Cloudcraft does not use, against the minimal edition', () => {
    const analysis = analyse(reference('cloudcraft-custom-20230818'), 'minimal-2025-01');
    const used = new Set(
      buildPolicy(catalog, selectAll(catalog), 'minimal-2025-01', { mode: 'exact' }).exactActions,
    );
    const unused = analysis.allowed.filter((a) => !used.has(a.action));
    expect(analysis.surplus.actions).toEqual(unused);
    expect(analysis.surplus.count).toBe(777);
    expect(analysis.surplus.byPrefix.find((p) => p.prefix === 'ec2')?.count).toBeGreaterThan(100);
    expect(analysis.uncoveredServiceIds).toEqual(['events']);
  });
});

describe('analysePolicy on broad policies', () => {
  it('expands AWS ReadOnly-style *:Describe*, *:List*, *:Get* patterns over every service', () => {
    const analysis = analyse(allowing('*:Describe*', '*:List*', '*:Get*'));
    expect(analysis.allowed).toHaveLength(8993);
    expect(analysis.uncoveredServiceIds).toEqual(['cassandra']);
    expect(analysis.missing.count).toBe(0);
    expect(analysis.beyondReadOnly.counts).toEqual({
      Write: 38,
      'Permissions management': 32,
      Tagging: 0,
    });
    expect(analysis.surplus.count).toBe(8087);
  });

  it('lists the Write and Permissions management actions s3:* grants, and that EC2 is missing', () => {
    const analysis = analyse(allowing('s3:*'));
    const names = analysis.beyondReadOnly.actions.map((a) => a.action);
    expect(analysis.beyondReadOnly.counts).toEqual({
      Write: 69,
      'Permissions management': 27,
      Tagging: 0,
    });
    expect(names).toContain('s3:DeleteBucket');
    expect(analysis.beyondReadOnly.actions).toContainEqual({
      action: 's3:PutBucketPolicy',
      level: 'Permissions management',
    });
    expect(analysis.ec2Covered).toBe(false);
    expect(analysis.findings[0]).toEqual({
      severity: 'error',
      code: 'ec2-missing',
      message:
        'The policy grants none of the EC2 actions Cloudcraft reads, so Cloudcraft cannot scan the account: EC2 is required.',
    });
  });

  it.each(['*', '*:*'])('reads %s as every action of every service', (pattern) => {
    const analysis = analyse(allowing(pattern));
    expect(analysis.allowed).toHaveLength(22091);
    expect(analysis.beyondReadOnly.count).toBe(12501);
    expect(analysis.findings[0]).toMatchObject({
      severity: 'error',
      code: 'all-actions',
      action: pattern,
    });
  });

  it('expands an Allow with NotAction as everything except its patterns', () => {
    const text = JSON.stringify({
      Version: '2012-10-17',
      Statement: { Effect: 'Allow', NotAction: 'iam:*', Resource: '*' },
    });
    const analysis = analyse(text);
    expect(analysis.allowed).toHaveLength(22091 - index.actionsOfPrefix('iam').length);
    expect(analysis.allowed.some((a) => a.action.startsWith('iam:'))).toBe(false);
    expect(codes(analysis)[0]).toBe('not-action');
  });
});

describe('analysePolicy and Deny', () => {
  const withDeny = (deny: Record<string, unknown>): string =>
    JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: 'ec2:Describe*', Resource: '*' },
        { Effect: 'Deny', Resource: '*', ...deny },
      ],
    });
  const granted = (text: string): string[] => analyse(text).allowed.map((a) => a.action);

  it('removes what an unconditional Deny on every resource matches', () => {
    expect(granted(withDeny({ Action: 'ec2:DescribeInstances' }))).not.toContain(
      'ec2:DescribeInstances',
    );
    expect(granted(withDeny({ Action: 'ec2:DescribeInstances' }))).toHaveLength(193);
  });

  it('keeps everything but the NotAction patterns of a Deny', () => {
    expect(granted(withDeny({ NotAction: 'ec2:DescribeInstances' }))).toEqual([
      'ec2:DescribeInstances',
    ]);
  });

  it('removes nothing for a conditional or resource-scoped Deny', () => {
    const conditional = withDeny({
      Action: 'ec2:*',
      Condition: { Bool: { 'aws:SecureTransport': 'false' } },
    });
    expect(granted(conditional)).toHaveLength(194);
    const scoped = withDeny({ Action: 'ec2:*', Resource: 'arn:aws:ec2:*:*:instance/i-1' });
    expect(granted(scoped)).toHaveLength(194);
  });
});

describe('analysePolicy findings about patterns', () => {
  it('names unknown prefixes and patterns that match nothing', () => {
    const analysis = analyse(allowing('ec2:Describe*', 'foo:Bar', 'ec2:DescribeNothing'));
    expect(analysis.findings.slice(0, 2)).toEqual([
      {
        severity: 'warning',
        code: 'unknown-prefix',
        message:
          'Statement 1: "foo:Bar" names no AWS service: "foo" is not an IAM service prefix (AWS data of 2026-09-26), so it matches no action.',
        statementIndex: 0,
        action: 'foo:Bar',
      },
      {
        severity: 'warning',
        code: 'matches-nothing',
        message:
          'Statement 1: "ec2:DescribeNothing" matches no IAM action (AWS data of 2026-09-26): it is misspelt, or AWS renamed or retired the action.',
        statementIndex: 0,
        action: 'ec2:DescribeNothing',
      },
    ]);
  });

  it('flags reads that expose data or secrets', () => {
    const analysis = analyse(allowing('ec2:DescribeInstances', 'lambda:GetFunction'));
    expect(analysis.sensitive).toEqual([
      {
        action: 'lambda:GetFunction',
        reason:
          "Returns a presigned link to download the function's code, and its environment variables.",
      },
    ]);
  });

  it('keeps the parser findings first and analyses nothing from invalid JSON', () => {
    const analysis = analyse('{"Version": ');
    expect(codes(analysis)).toEqual(['json-invalid']);
    expect(analysis.allowed).toEqual([]);
  });
});
