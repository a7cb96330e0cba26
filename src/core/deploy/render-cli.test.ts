import { fixtureCatalog as catalog } from '../../test/fixture-catalog';
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { accountRootArn, buildTrustPolicy, DEFAULT_ROLE_INPUTS, type RoleInputs } from '../role';
import { selectAll } from '../selection';
import { buildDeployment, listDeployedPolicies, ROLE_DESCRIPTION } from './deployment';
import { renderCliScript } from './render-cli';

/** A fake `aws` that records each call's arguments, NUL-terminated, and answers with fake ARNs. */
const FAKE_AWS = `#!/bin/sh
dir=\${0%/*}
count=0
for f in "$dir"/calls/*; do [ -e "$f" ] && count=$((count + 1)); done
n=$(printf '%03d' "$count")
printf '%s\\0' "$@" > "$dir/calls/$n"
case $2 in
  create-policy) echo "arn:aws:iam::111122223333:policy/fake-$n" ;;
  get-role) echo 'arn:aws:iam::111122223333:role/fake' ;;
esac
`;

const root = mkdtempSync(join(tmpdir(), 'cloudcraft-cli-'));
afterAll(() => spawnSync('rm', ['-rf', root]));

/** Runs a script under /bin/sh in a fresh directory with the fake `aws` first on PATH. */
function run(script: string, args: string[] = [], shell = '/bin/sh') {
  const dir = mkdtempSync(join(root, 'run-'));
  mkdirSync(join(dir, 'calls'));
  writeFileSync(join(dir, 'aws'), FAKE_AWS);
  chmodSync(join(dir, 'aws'), 0o755);
  writeFileSync(join(dir, 'setup.sh'), script);
  const result = spawnSync(shell, ['setup.sh', ...args], {
    cwd: dir,
    env: { PATH: `${dir}:/usr/bin:/bin`, HOME: dir },
    encoding: 'utf8',
  });
  const calls = readdirSync(join(dir, 'calls'))
    .sort()
    .map((f) =>
      readFileSync(join(dir, 'calls', f), 'utf8')
        .split('\0')
        .slice(0, -1),
    );
  const files = readdirSync(dir).filter((f) => !['aws', 'calls', 'setup.sh'].includes(f));
  return { ...result, calls, files };
}

/** Values that run commands or split words if a shell ever interpreted them. */
const HOSTILE = `a'b"c $(touch injected1) \`touch injected2\`; touch injected3 & $HOME\ntouch injected4 \\' *`;

const words = (text: string) => text.split(' ');

/** The system's sh, and bash when installed (macOS's sh is bash). */
const shells = ['/bin/sh', '/bin/bash'].filter((shell) => existsSync(shell));

/** The argument lists the script must pass, in order, for a deployment and its role inputs. */
/** A deployment with the role inputs as given, valid or not: the script must be safe either way. */
function rawDeployment(selection: readonly string[], role: RoleInputs) {
  const deployment = buildDeployment(catalog, selection, 'custom-20230818', 'exact', role);
  return { ...deployment, role };
}

function expectedCalls(role: RoleInputs, selection = ['ec2', 's3']): string[][] {
  const deployment = rawDeployment(selection, role);
  const policies = listDeployedPolicies(deployment);
  const trust = JSON.stringify(buildTrustPolicy(accountRootArn(role.accountId), role.externalId));
  return [
    ...policies.map((p) => [
      ...words('iam create-policy --policy-name'),
      p.name,
      '--description',
      p.description,
      '--policy-document',
      JSON.stringify(p.document),
      ...words('--query Policy.Arn --output text'),
    ]),
    [
      ...words('iam create-role --role-name'),
      role.roleName,
      '--assume-role-policy-document',
      trust,
      ...words('--max-session-duration 3600 --description'),
      ROLE_DESCRIPTION,
      ...words('--query Role.Arn --output text'),
    ],
    ...policies.map((_, i) => [
      ...words('iam attach-role-policy --role-name'),
      role.roleName,
      '--policy-arn',
      `arn:aws:iam::111122223333:policy/fake-${String(i).padStart(3, '0')}`,
    ]),
    [
      ...words('iam get-role --role-name'),
      role.roleName,
      ...words('--query Role.Arn --output text'),
    ],
  ];
}

function script(role: RoleInputs, selection = ['ec2', 's3']): string {
  return renderCliScript(rawDeployment(selection, role));
}

/** Each test runs the script under /bin/sh, spawning the fake aws per call. */
describe('renderCliScript', { timeout: 60_000 }, () => {
  it('is valid sh', () => {
    for (const externalId of ['', 'abc-123', HOSTILE]) {
      const path = join(root, 'syntax.sh');
      writeFileSync(path, script({ ...DEFAULT_ROLE_INPUTS, externalId }));
      for (const shell of shells) expect(spawnSync(shell, ['-n', path]).status).toBe(0);
    }
  });

  it.each(shells)('passes hostile values to aws verbatim and runs none of them (%s)', (shell) => {
    const role = { externalId: HOSTILE, accountId: `1'2$(touch injected5)`, roleName: HOSTILE };
    const result = run(script(role), [], shell);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.files).toEqual([]);
    expect(result.calls).toEqual(expectedCalls(role));
    const createRole = result.calls.find((c) => c[1] === 'create-role') ?? [];
    const trust = JSON.parse(createRole[5] ?? '');
    expect(trust.Statement[0].Condition.StringEquals['sts:ExternalId']).toBe(HOSTILE);
    expect(result.stdout.trim().split('\n').at(-1)).toBe('arn:aws:iam::111122223333:role/fake');
  });

  it('creates, attaches and names every part of a split policy', () => {
    const role = { ...DEFAULT_ROLE_INPUTS, externalId: 'abc-123' };
    const result = run(script(role, [...selectAll(catalog)]), []);
    const deployment = buildDeployment(
      catalog,
      selectAll(catalog),
      'custom-20230818',
      'exact',
      role,
    );
    expect(deployment.fitted.parts.length).toBeGreaterThan(1);
    expect(result.status).toBe(0);
    expect(result.calls).toEqual(expectedCalls(role, [...selectAll(catalog)]));
    const sent = result.calls
      .filter((c) => c[1] === 'create-policy')
      .map((c) => JSON.parse(c[7] ?? ''));
    expect(sent).toEqual(deployment.fitted.parts.map((p) => p.document));
  });

  it('takes the External ID as its argument when none was entered', () => {
    const role = { ...DEFAULT_ROLE_INPUTS, externalId: '' };
    const text = script(role);
    const ok = run(text, ['abc-123']);
    expect(ok.status).toBe(0);
    expect(ok.calls).toEqual(expectedCalls({ ...role, externalId: 'abc-123' }));
    const longest = 'a'.repeat(1224);
    expect(run(text, [longest]).calls).toEqual(expectedCalls({ ...role, externalId: longest }));
  });

  it('refuses a missing or invalid External ID argument before calling aws', () => {
    const text = script({ ...DEFAULT_ROLE_INPUTS, externalId: '' });
    for (const args of [[], [''], ['a'], ['a'.repeat(1225)], ['a"b'], [HOSTILE], ['é-accent']]) {
      const result = run(text, args);
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(/^Usage: sh cloudcraft-setup.sh EXTERNAL_ID|at most 1,224/);
      expect(result.calls).toEqual([]);
      expect(result.files).toEqual([]);
    }
  });
});
