import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fixtureCatalog as catalog } from '../../test/fixture-catalog';
import { buildDeployment } from '../deploy/deployment';
import { buildCloudFormationTemplate } from '../deploy/render-cloudformation';
import { DEFAULT_ROLE_INPUTS } from '../role';
import { selectAll } from '../selection';
import { buildOrgCommands, readOrgTargets } from './org-commands';
import { renderOrgRollout } from './render-org-rollout';
import { renderRegisterAccounts } from './render-register-accounts';
import { buildRolloutTemplate, TEMPLATE_BODY_LIMIT } from './rollout-template';

const deployment = buildDeployment(catalog, selectAll(catalog), 'custom-20230818', 'exact', {
  ...DEFAULT_ROLE_INPUTS,
  externalId: 'ab',
});
const noExternalId = buildDeployment(
  catalog,
  ['ec2'],
  'minimal-2025-01',
  'published',
  DEFAULT_ROLE_INPUTS,
);

const dir = mkdtempSync(join(tmpdir(), 'cloudcraft-org-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs a script with no AWS CLI and no network on PATH: argument checks come before any call. */
function run(script: string, args: string[], env: Record<string, string> = {}) {
  const file = join(dir, 'script.sh');
  writeFileSync(file, script);
  return spawnSync('/bin/sh', [file, ...args], {
    encoding: 'utf8',
    env: { PATH: '/usr/bin:/bin', HOME: dir, ...env },
  });
}

describe('org targets and commands', () => {
  it('reads OU and root ids separated by commas or spaces, once each', () => {
    expect(readOrgTargets(' ou-ab12-cd34ef56, r-ab12 ou-ab12-cd34ef56 ')).toEqual({
      ids: ['ou-ab12-cd34ef56', 'r-ab12'],
    });
    expect(readOrgTargets('')).toEqual({ ids: [] });
    expect(readOrgTargets('ou-ab12-cd34ef56 ou-AB12-x $(id)').error).toBe(
      '"ou-AB12-x" is not an OU id (ou-…-…) or a root id (r-…). "$(id)" is not an OU id (ou-…-…) or a root id (r-…).',
    );
  });

  it('asks for the External ID only when the page has none', () => {
    expect(buildOrgCommands(['r-ab12'], true).rollout).toBe(
      'sh cloudcraft-org-rollout.sh --ou r-ab12',
    );
    expect(buildOrgCommands([], false)).toMatchObject({
      rollout: 'sh cloudcraft-org-rollout.sh --ou ou-xxxx-xxxxxxxx --external-id EXTERNAL_ID',
      register: 'sh cloudcraft-register-accounts.sh',
    });
  });
});

describe('the rollout template', () => {
  it('is the YAML the page shows while it fits, and the same template as JSON past the limit', () => {
    const fits = buildRolloutTemplate(deployment);
    expect(fits.format).toBe('yaml');
    expect(fits.bytes).toBeLessThanOrEqual(TEMPLATE_BODY_LIMIT);
    const over = buildRolloutTemplate(deployment, fits.bytes - 1);
    expect(over.format).toBe('json');
    expect(JSON.parse(over.text)).toEqual(buildCloudFormationTemplate(deployment));
    expect(parse(fits.text)).toEqual(JSON.parse(over.text));
  });
});

describe('the rollout script', () => {
  const script = renderOrgRollout(deployment);

  it('is valid sh', () => {
    writeFileSync(join(dir, 'syntax.sh'), script);
    expect(spawnSync('/bin/sh', ['-n', join(dir, 'syntax.sh')]).status).toBe(0);
  });

  it.each([
    [[], /--ou is required/],
    [['--ou'], /--ou needs a value/],
    [['--ou', 'ou-1'], /"ou-1" is not an OU id/],
    [['--ou', 'r-ab12', '--region', 'mars-1'], /"mars-1" is not an AWS region name/],
    [['--ou', 'r-ab12', '--call-as', 'ROOT'], /--call-as is SELF/],
    [['--ou', 'r-ab12', '--stack-set-name', '1st'], /a StackSet name is a letter/],
    [['--ou', 'r-ab12', '--external-id', 'a"b'], /the External ID is 2 to 1,224/],
    [['--ou', 'r-ab12', '--external-id', 'x'.repeat(1225)], /the External ID is 2 to 1,224/],
    [['--ou', 'r-ab12', '--nope'], /unknown argument: --nope/],
  ])('refuses %j with a clear line and exit code 2, before any AWS call', (args, message) => {
    const result = run(script, args);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toContain('Usage: sh cloudcraft-org-rollout.sh --ou ID');
  });

  it('refuses to run without an External ID when the page had none', () => {
    const result = run(renderOrgRollout(noExternalId), ['--ou', 'r-ab12']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/the External ID is required: pass --external-id/);
  });
});

describe('the registration script', () => {
  const script = renderRegisterAccounts(deployment);

  it('is valid sh', () => {
    writeFileSync(join(dir, 'syntax.sh'), script);
    expect(spawnSync('/bin/sh', ['-n', join(dir, 'syntax.sh')]).status).toBe(0);
  });

  it.each([
    [[], {}, /set CLOUDCRAFT_API_KEY/],
    [[], { CLOUDCRAFT_API_KEY: 'a"b' }, /holds characters an API key does not have/],
    [[], { CLOUDCRAFT_API_KEY: 'k', CLOUDCRAFT_API_URL: 'http://example.com' }, /must be an https/],
    [['--ou', 'ou-1'], { CLOUDCRAFT_API_KEY: 'k' }, /"ou-1" is not an OU id/],
    [['--role-name', 'a b'], { CLOUDCRAFT_API_KEY: 'k' }, /a role name is 1 to 64/],
  ])('refuses %j %j with a clear line, before any call', (args, env, message) => {
    const result = run(script, args, env);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
  });

  it('never prints the API key, whatever it refuses', () => {
    const result = run(script, ['--ou', 'bad'], { CLOUDCRAFT_API_KEY: 'secret-key-123' });
    expect(result.stderr + result.stdout).not.toContain('secret-key-123');
  });
});
