import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixtureCatalog as catalog } from '../../test/fixture-catalog';
import { withRole } from '../../test/with-role';
import { accountRootArn, buildTrustPolicy, DEFAULT_ROLE_INPUTS, type RoleInputs } from '../role';
import { buildDeployment } from './deployment';
import { renderCliScript } from './render-cli';

// What the script does with the AWS CLI is judged by the real CLI against an emulator: aws/ (npm run
// test:aws). These tests need no AWS CLI: they run only the script's own shell code.

const root = mkdtempSync(join(tmpdir(), 'cloudcraft-cli-'));
/** A PATH with nothing on it: a script that reached an `aws` call would fail with "not found". */
const emptyPath = mkdtempSync(join(root, 'path-'));
afterAll(() => spawnSync('rm', ['-rf', root]));

/** Values that run commands or split words if a shell ever interpreted them. */
const HOSTILE = `a'b"c $(touch injected1) \`touch injected2\`; touch injected3 & $HOME\ntouch injected4 \\' *`;

/** The system's sh, and bash when installed (macOS's sh is bash). */
const shells = ['/bin/sh', '/bin/bash'].filter((shell) => existsSync(shell));

function script(role: RoleInputs): string {
  const deployment = buildDeployment(catalog, ['ec2', 's3'], 'custom-20230818', 'exact', role);
  // The role as given, valid or not: the script must stay safe whatever reaches it.
  return renderCliScript(withRole(deployment, role));
}

/** Runs the script's lines up to its first AWS CLI call, then prints the values it set. */
function valuesBeforeAws(text: string, args: string[], shell: string) {
  const prefix = text.slice(0, text.indexOf('\npolicy_arn_1=$(aws'));
  const dir = mkdtempSync(join(root, 'run-'));
  writeFileSync(join(dir, 'prefix.sh'), `${prefix}\nprintf '%s\\0' "$role_name" "$trust_policy"\n`);
  const result = spawnSync(shell, ['prefix.sh', ...args], {
    cwd: dir,
    env: { PATH: emptyPath, HOME: dir },
    encoding: 'utf8',
  });
  return { ...result, values: result.stdout.split('\0').slice(0, -1), dir };
}

describe('renderCliScript', () => {
  it('is valid sh', () => {
    for (const externalId of ['', 'abc-123', HOSTILE]) {
      const path = join(root, 'syntax.sh');
      writeFileSync(path, script({ ...DEFAULT_ROLE_INPUTS, externalId }));
      for (const shell of shells) expect(spawnSync(shell, ['-n', path]).status).toBe(0);
    }
  });

  it.each(shells)('sets hostile values verbatim and runs none of them (%s)', (shell) => {
    const role = { externalId: HOSTILE, accountId: `1'2$(touch injected5)`, roleName: HOSTILE };
    const result = valuesBeforeAws(script(role), [], shell);
    expect(result.stderr).toBe('');
    expect(result.values).toEqual([
      HOSTILE,
      JSON.stringify(buildTrustPolicy(accountRootArn(role.accountId), HOSTILE)),
    ]);
    expect(spawnSync('ls', [result.dir], { encoding: 'utf8' }).stdout).toBe('prefix.sh\n');
  });

  it('takes the External ID as its argument when none was entered', () => {
    const text = script({ ...DEFAULT_ROLE_INPUTS, externalId: '' });
    for (const externalId of ['ab', '-x', '--', 'a'.repeat(1224), '+=,.@:/-_Zz09']) {
      const trust = JSON.parse(valuesBeforeAws(text, [externalId], '/bin/sh').values[1] ?? '');
      expect(trust).toEqual(
        buildTrustPolicy(accountRootArn(DEFAULT_ROLE_INPUTS.accountId), externalId),
      );
    }
  });

  it('refuses a missing or invalid External ID argument before any AWS CLI call', () => {
    const text = script({ ...DEFAULT_ROLE_INPUTS, externalId: '' });
    const path = join(root, 'refuse.sh');
    writeFileSync(path, text);
    for (const args of [[], [''], ['a'], ['a'.repeat(1225)], ['a"b'], [HOSTILE], ['é-accent']]) {
      const result = spawnSync('/bin/sh', [path, ...args], {
        env: { PATH: emptyPath },
        encoding: 'utf8',
      });
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(/^Usage: sh cloudcraft-setup.sh EXTERNAL_ID|at most 1,224/);
      expect(result.stdout).toBe('');
    }
  });
});
