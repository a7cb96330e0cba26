import { describe, expect, it } from 'vitest';
import type { EditionId } from '../../../catalog/types';
import { editionPolicyText } from '../../../test/edition-policy';
import { fixtureActionIndex as index } from '../../../test/fixture-action-index';
import { fixtureCatalog as catalog } from '../../../test/fixture-catalog';
import { buildPolicy } from '../../policy';
import { selectAll } from '../../selection';
import { parsePolicyInput } from '../policy/parse-policy';
import { analysePolicy } from './analyse-policy';
import type { PolicyAnalysis } from './analysis-types';
import { buildEditionDiff } from './edition-diff';

function analyse(text: string, editionId: EditionId = 'custom-20230818'): PolicyAnalysis {
  return analysePolicy(catalog, parsePolicyInput(text), index, editionId);
}

const policy = (...statements: Record<string, unknown>[]): string =>
  JSON.stringify({ Version: '2012-10-17', Statement: statements });

const allowing = (...actions: string[]): string =>
  policy({ Effect: 'Allow', Action: actions, Resource: '*' });

const codes = (analysis: PolicyAnalysis): string[] => analysis.findings.map((f) => f.code);
const names = (analysis: PolicyAnalysis): string[] => analysis.allowed.map((a) => a.action);
const expanded = (...patterns: string[]): Set<string> =>
  new Set(patterns.flatMap((p) => index.expand(p).map((a) => a.action)));

describe('analysePolicy on the editions’ own policies', () => {
  it('finds the 2018-06-01 policy lacks what 20230818 adds to the services it covers', () => {
    const analysis = analyse(editionPolicyText(catalog, 'custom-2018-06-01'));
    const diff = buildEditionDiff(catalog, 'custom-2018-06-01', 'custom-20230818');
    expect(analysis.coveredServiceIds).toEqual(catalog.services.map((s) => s.id));
    expect(analysis.missing.byService).toEqual(
      diff.services.map((s) => ({ serviceId: s.serviceId, actions: s.added })),
    );
    expect(analysis.services.find((s) => s.serviceId === 'lambda')).toMatchObject({
      status: 'partial',
      missing: ['lambda:GetFunction'],
    });
    expect(analysis.surplus.count).toBe(0);
    expect(analysis.beyondReadOnly.count).toBe(0);
    expect(codes(analysis)).toEqual(['missing-actions', 'sensitive-reads']);
    expect(analysis.findings[0]?.message).toBe(
      'For the 7 services it covers, the policy lacks 1 action that Cloudcraft custom 20230818 grants: this is what Cloudcraft reports as "Limited AWS access".',
    );
  });

  it.each(catalog.editions.map((e) => e.id))(
    'finds the %s policy complete against itself',
    (id) => {
      const analysis = analyse(editionPolicyText(catalog, id), id);
      expect(analysis.services.every((s) => s.status === 'full')).toBe(true);
      expect(analysis.missing.count).toBe(0);
      expect(analysis.surplus.count).toBe(0);
      const exact = buildPolicy(catalog, selectAll(catalog), id, { mode: 'exact' }).exactActions;
      expect(names(analysis)).toEqual([...exact].sort((a, b) => a.localeCompare(b, 'en')));
    },
  );

  it('names the services a narrower policy does not cover, which Cloudcraft skips', () => {
    const analysis = analyse(editionPolicyText(catalog, 'minimal-2025-01'));
    expect(analysis.uncoveredServiceIds).toEqual(['ses', 'tag']);
    expect(analysis.findings.find((f) => f.code === 'services-not-covered')?.message).toBe(
      'Cloudcraft custom 20230818 can also read 2 services this policy does not cover, which Cloudcraft skips: Amazon SES, Resource Groups Tagging API.',
    );
  });

  it('shows a wildcard policy what Cloudcraft does not use, against the minimal edition', () => {
    const analysis = analyse(editionPolicyText(catalog, 'custom-20230818'), 'minimal-2025-01');
    const used = new Set(
      buildPolicy(catalog, selectAll(catalog), 'minimal-2025-01', { mode: 'exact' }).exactActions,
    );
    expect(analysis.surplus.actions).toEqual(analysis.allowed.filter((a) => !used.has(a.action)));
    expect(analysis.surplus.byPrefix.map((p) => p.prefix)).toEqual([
      'ec2',
      'lambda',
      'rds',
      's3',
      'ses',
      'tag',
    ]);
    expect(analysis.uncoveredServiceIds).toEqual([]);
  });
});

describe('analysePolicy on broad policies', () => {
  it('expands AWS ReadOnly-style *:Describe*, *:List*, *:Get* patterns over every service', () => {
    const analysis = analyse(allowing('*:Describe*', '*:List*', '*:Get*'));
    expect(new Set(names(analysis))).toEqual(expanded('*:Describe*', '*:List*', '*:Get*'));
    expect(analysis.uncoveredServiceIds).toEqual([]);
    expect(analysis.missing.count).toBe(0);
    expect(analysis.beyondReadOnly.count).toBe(0);
    expect(analysis.surplus.byPrefix.map((p) => p.prefix)).toContain('iam');
  });

  it('lists the Write and Permissions management actions s3:* grants, and that EC2 is missing', () => {
    const analysis = analyse(allowing('s3:*'));
    const s3 = index.actionsOfPrefix('s3');
    expect(analysis.beyondReadOnly.counts).toEqual({
      Write: s3.filter((a) => a.level === 'Write').length,
      'Permissions management': s3.filter((a) => a.level === 'Permissions management').length,
      Tagging: 0,
    });
    expect(analysis.beyondReadOnly.actions.map((a) => a.action)).toContain('s3:DeleteBucket');
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
    expect(analysis.allowed).toHaveLength(index.actionCount);
    expect(analysis.beyondReadOnly.count).toBe(
      index.expand('*').filter((a) => a.level !== 'List' && a.level !== 'Read').length,
    );
    expect(analysis.findings[0]).toMatchObject({
      severity: 'error',
      code: 'all-actions',
      action: pattern,
      message: `Statement 1 allows "${pattern}": every action of every AWS service (1,905 actions), writes and IAM changes included.`,
    });
  });

  it('expands an Allow with NotAction as everything except its patterns', () => {
    const analysis = analyse(policy({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }));
    expect(analysis.allowed).toHaveLength(index.actionCount - index.actionsOfPrefix('iam').length);
    expect(analysis.allowed.some((a) => a.action.startsWith('iam:'))).toBe(false);
    expect(codes(analysis)[0]).toBe('not-action');
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

  it('adds a hint for the prefixes people expect for Neptune', () => {
    const analysis = analyse(allowing('ec2:Describe*', 'neptune:Describe*'));
    expect(analysis.findings[0]?.message).toBe(
      `Statement 1: "neptune:Describe*" names no AWS service: "neptune" is not an IAM service prefix (AWS data of 2026-09-26), so it matches no action. Neptune's management actions use the rds: prefix (neptune-db: is its data plane).`,
    );
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
