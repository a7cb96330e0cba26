/**
 * AWS's template linter (cfn-lint) on every template the page emits for the run's choices, and
 * shellcheck on every script: no cfn-lint finding (error or warning) and no shellcheck finding at
 * warning level or above. W3037 (an action newer than the linter's own AWS data) is not ours: it is
 * counted in the output but never fails the run.
 */
import { join } from 'node:path';
import { describe, inject, it } from 'vitest';
import { EDGE_CASES, LARGEST_CASE, randomCases } from './support/cases';
import {
  deploymentOf,
  editionPolicyText,
  moveOffScriptOf,
  registerScriptOf,
  rolloutScriptOf,
  setupScriptOf,
  templateOf,
  upgradeOf,
  verifyScriptOf,
} from './support/deliverables';
import { run, workDirectory, writeFiles } from './support/run';

const cases = [...randomCases(inject('awsSeed')), ...EDGE_CASES, LARGEST_CASE];
/** Findings the linters may report that are not about our output. */
const NOT_OURS = new Set(['W3037']);

interface CfnLintMatch {
  Rule: { Id: string };
  Level: string;
  Message: string;
  Filename: string;
  Location: { Start: { LineNumber: number } };
}

interface ShellcheckComment {
  file: string;
  line: number;
  level: string;
  code: number;
  message: string;
}

/** Counts findings by rule, for the report. */
function countBy<T>(items: T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

describe.concurrent('linters', () => {
  it('cfn-lint finds no error in any template, YAML or JSON', async ({ expect }) => {
    const dir = workDirectory();
    const files: Record<string, string> = {};
    cases.forEach((c, i) => {
      const deployment = deploymentOf(c);
      files[`case-${i}.yaml`] = templateOf(deployment, 'yaml');
      files[`case-${i}.json`] = templateOf(deployment, 'json');
    });
    writeFiles(dir, files);
    const env = { PATH: process.env.PATH, HOME: dir };
    const result = await run('cfn-lint', ['--format', 'json', ...Object.keys(files)], {
      env,
      cwd: dir,
    });
    const matches = JSON.parse(result.stdout || '[]') as CfnLintMatch[];
    const ours = matches.filter((m) => !NOT_OURS.has(m.Rule.Id));
    console.log(
      `cfn-lint on ${Object.keys(files).length} templates: ${JSON.stringify(countBy(matches, (m) => `${m.Level} ${m.Rule.Id}`))}`,
    );
    const described = ours.map(
      (m) => `${m.Filename}:${m.Location.Start.LineNumber} ${m.Rule.Id} ${m.Message}`,
    );
    expect(described).toEqual([]);
    expect(result.stderr).toBe('');
  });

  it('shellcheck finds nothing at warning level or above in any script', async ({ expect }) => {
    const dir = workDirectory();
    const files: Record<string, string> = {};
    for (const [i, c] of cases.entries()) {
      const deployment = deploymentOf(c);
      files[`setup-${i}.sh`] = setupScriptOf(deployment);
      files[`verify-${i}.sh`] = verifyScriptOf(deployment);
      files[`org-rollout-${i}.sh`] = rolloutScriptOf(deployment);
      files[`register-accounts-${i}.sh`] = registerScriptOf(deployment);
      const baselines =
        i % 2 ? ['ReadOnlyAccess' as const] : (['ViewOnlyAccess', 'SecurityAudit'] as const);
      files[`move-off-${i}.sh`] = moveOffScriptOf(deployment, c.role.roleName, baselines);
      const current = editionPolicyText('custom-2018-06-01', c.serviceIds, 'published');
      const arn = `arn:aws:iam::123456789012:policy/${c.role.roleName}`;
      const upgrade = await upgradeOf(
        current,
        c.editionId,
        c.mode,
        i % 2 ? { policyArn: arn } : {},
      );
      files[`upgrade-${i}.sh`] = upgrade.script;
    }
    writeFiles(dir, files);
    const env = { PATH: process.env.PATH, HOME: dir };
    const args = ['--shell=sh', '--format=json1', ...Object.keys(files).map((f) => join(dir, f))];
    const result = await run('shellcheck', args, { env, cwd: dir });
    const comments = (JSON.parse(result.stdout) as { comments: ShellcheckComment[] }).comments;
    console.log(
      `shellcheck on ${Object.keys(files).length} scripts: ${JSON.stringify(countBy(comments, (c) => `${c.level} SC${c.code}`))}`,
    );
    const serious = comments
      .filter((c) => c.level === 'warning' || c.level === 'error')
      .map((c) => `${c.file}:${c.line} SC${c.code} ${c.message}`);
    expect(serious).toEqual([]);
  });
});
