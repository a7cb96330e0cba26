import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { fixtureCatalog as catalog } from '../../../test/fixture-catalog';
import { buildDeployment, listDeployedPolicies } from '../../deploy/deployment';
import { renderPolicyJson } from '../../render-policy-json';
import { DEFAULT_ROLE_INPUTS } from '../../role';
import { selectAll } from '../../selection';
import { baselineList, moveOffFileName, renderMoveOffScript } from './render-move-off';

const deployment = (mode: 'published' | 'exact') =>
  buildDeployment(catalog, selectAll(catalog), 'custom-20230818', mode, DEFAULT_ROLE_INPUTS);

/** The lines that run something, in order, functions left out. */
function steps(script: string): string[] {
  const body = script.slice(script.indexOf('# 1. The role must exist'));
  return body
    .split('\n')
    .filter((l) => /^(put_policy|check_attached |detach |read_attached|role_arn=)/.test(l));
}

describe('renderMoveOffScript', () => {
  it('renders the script for a policy in parts byte for byte', async () => {
    const script = renderMoveOffScript(deployment('exact'), 'cloudcraft', ['ReadOnlyAccess']);
    expect(listDeployedPolicies(deployment('exact')).length).toBeGreaterThan(1);
    await expect(script).toMatchFileSnapshot('__golden__/move-off-readonlyaccess.exact.sh');
  });

  it('creates and attaches every part, checks them, and only then detaches the baselines', () => {
    const d = deployment('exact');
    const parts = listDeployedPolicies(d);
    const script = renderMoveOffScript(d, "it's", ['ReadOnlyAccess', 'ViewOnlyAccess']);
    expect(script).toContain("role_name='it'\\''s'\n");
    expect(steps(script)).toEqual([
      'role_arn=$(aws iam get-role --role-name="$role_name" --query=Role.Arn --output=text)',
      'read_attached',
      ...parts.map(
        (p) =>
          `put_policy '${p.name}' '${p.description}' '${renderPolicyJson(p.document, { minify: true })}'`,
      ),
      'read_attached',
      ...parts.map((p) => `check_attached '${p.name}'`),
      "detach 'ReadOnlyAccess' '/'",
      "detach 'ViewOnlyAccess' '/job-function/'",
    ]);
    expect(script).toContain(
      'echo "Policy $1 is not attached to $role_name, so ReadOnlyAccess and ViewOnlyAccess stay attached." >&2',
    );
    expect(spawnSync('/bin/sh', ['-n'], { input: script }).status).toBe(0);
  });

  it('names its file and its baselines', () => {
    expect(moveOffFileName(['ReadOnlyAccess'])).toBe('move-off-readonlyaccess.sh');
    expect(moveOffFileName(['ReadOnlyAccess', 'SecurityAudit'])).toBe(
      'move-off-readonlyaccess-securityaudit.sh',
    );
    expect(baselineList(['ReadOnlyAccess', 'ViewOnlyAccess', 'SecurityAudit'])).toBe(
      'ReadOnlyAccess, ViewOnlyAccess and SecurityAudit',
    );
  });
});
