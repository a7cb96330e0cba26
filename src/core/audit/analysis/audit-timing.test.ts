import { bundledCatalog as catalog } from '../../../catalog/bundled';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadActionIndex, type ActionIndex } from '../../../catalog/action-index';
import { analysePolicy } from './analyse-policy';
import { MAX_INPUT_BYTES } from '../policy/input-limit';
import { parsePolicyInput } from '../policy/parse-policy';
import { buildUpgrade } from './upgrade';

let index: ActionIndex;

beforeAll(async () => {
  index = await loadActionIndex();
});

/** A pretty-printed policy of `perStatement` actions per statement, cut to fit in 1 MB. */
function policyOfAtMost1Mb(actions: readonly string[], perStatement: number): string {
  const render = (list: readonly string[]): string => {
    const statements = [];
    for (let i = 0; i < list.length; i += perStatement) {
      statements.push({
        Sid: `S${i}`,
        Effect: 'Allow',
        Action: list.slice(i, i + perStatement),
        Resource: '*',
      });
    }
    return JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2);
  };
  let list = actions;
  let text = render(list);
  while (text.length > MAX_INPUT_BYTES) {
    list = list.slice(0, Math.floor(list.length * 0.97));
    text = render(list);
  }
  return text;
}

/** The best of three runs, so a busy machine's pauses do not fail the test. */
function timeAudit(text: string): number {
  const times = [1, 2, 3].map(() => {
    const start = performance.now();
    const analysis = analysePolicy(catalog, parsePolicyInput(text), index, 'custom-20230818');
    buildUpgrade(catalog, analysis, 'custom-20230818', 'published');
    return performance.now() - start;
  });
  return Math.min(...times);
}

/**
 * Timing runs on the real action index (22,091 actions): what costs time is its size, which only the
 * real data has. No figure here depends on the AWS data.
 */
describe('audit timing', { timeout: 30_000 }, () => {
  it('parses, analyses and upgrades a 1 MB policy in under 3 s even on a loaded 2-core machine (about 0.3 s idle)', () => {
    const exact = index.expand('*').map((a) => a.action);
    const wildcards = index.prefixes().map((p) => `${p}:Describe*`);
    const text = policyOfAtMost1Mb([...wildcards, ...exact], 100);
    expect(text.length).toBeGreaterThan(900_000);
    expect(timeAudit(text)).toBeLessThan(3000);
  });

  it('stays under 3 s on 1 MB of hostile wildcard patterns, and says it undercounts', () => {
    const patterns = Array.from({ length: 48_000 }, (_, i) => `*:a*a*a*a*a*${i}`);
    const text = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: patterns, Resource: '*' }],
    });
    expect(text.length).toBeLessThan(MAX_INPUT_BYTES);
    expect(timeAudit(text)).toBeLessThan(3000);
    const analysis = analysePolicy(catalog, parsePolicyInput(text), index, 'custom-20230818');
    expect(analysis.findings.map((f) => f.code)).toContain('expansion-budget');
  });

  it('audits 5,000 statements each allowing "*" (0.93 MB) in under 2 s: each pattern is expanded once', () => {
    const statements = Array.from({ length: 5000 }, (_, i) => ({
      Sid: `AllowEverything${String(i).padStart(8, '0')}`,
      Effect: 'Allow',
      Action: ['*'],
      Resource: '*',
    }));
    const text = JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 4);
    expect(text.length).toBeGreaterThan(900_000);
    expect(text.length).toBeLessThan(MAX_INPUT_BYTES);
    expect(timeAudit(text)).toBeLessThan(2000);
    const analysis = analysePolicy(catalog, parsePolicyInput(text), index, 'custom-20230818');
    expect(analysis.allowed).toHaveLength(index.actionCount);
  });

  it('stays under 3 s on 1 MB of different NotAction statements', () => {
    const notAction = (i: number) => ({
      Effect: i % 2 ? 'Allow' : 'Deny',
      NotAction: `s3:Get${i}`,
      Resource: '*',
    });
    const text = JSON.stringify({
      Version: '2012-10-17',
      Statement: Array.from({ length: 16_000 }, (_, i) => notAction(i)),
    });
    expect(text.length).toBeGreaterThan(900_000);
    expect(timeAudit(text)).toBeLessThan(3000);
    // Every action is granted (an Allow leaves out only an action that does not exist), and the
    // Denies keep only what they all keep: nothing.
    const analysis = analysePolicy(catalog, parsePolicyInput(text), index, 'custom-20230818');
    expect(analysis.allowed).toEqual([]);
  });

  it('stays under 3 s on 1 MB of NotAction statements with broad patterns, and says it miscounts', () => {
    const notAction = (i: number) => ({
      Effect: i % 2 ? 'Allow' : 'Deny',
      NotAction: ['*:Get*', `s3:Get${i}`],
      Resource: '*',
    });
    const text = JSON.stringify({
      Version: '2012-10-17',
      Statement: Array.from({ length: 13_000 }, (_, i) => notAction(i)),
    });
    expect(text.length).toBeLessThan(MAX_INPUT_BYTES);
    expect(timeAudit(text)).toBeLessThan(3000);
    const analysis = analysePolicy(catalog, parsePolicyInput(text), index, 'custom-20230818');
    expect(analysis.findings.map((f) => f.code)).toContain('expansion-budget');
  });
});
