import { fixtureCatalog as catalog } from '../../test/fixture-catalog';
import { withRole } from '../../test/with-role';
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_ROLE_INPUTS } from '../role';
import { selectAll } from '../selection';
import { buildDeployment, type Deployment } from './deployment';
import {
  ALLOWED_QUERY,
  buildVerificationPlan,
  EXTERNAL_ID_QUERY,
  NOT_ALLOWED_QUERY,
  renderVerifyScript,
  UNCONDITIONED_QUERY,
} from './render-verify';

/**
 * A fake `aws` that records each call's arguments and plays IAM: a role whose trust policy and
 * allowed `resource action` pairs are files in its directory. It accepts only the script's queries.
 */
const FAKE_AWS = `#!/bin/sh
dir=\${0%/*}
count=0
for f in "$dir"/calls/*; do [ -e "$f" ] && count=$((count + 1)); done
n=$(printf '%04d' "$count")
printf '%s\\0' "$@" > "$dir/calls/$n"
query='' resource='' names='' next=''
for arg in "$@"; do
  case $next in
    query) query=$arg next='' ;;
    resource) resource=$arg next='' ;;
    names) names="$names$arg
" ;;
    *) case $arg in --query) next=query ;; --resource-arns) next=resource ;; --action-names) next=names ;; esac ;;
  esac
done
case $2 in
  get-role)
    [ -f "$dir/no-role" ] && { echo 'NoSuchEntity' >&2; exit 254; }
    case $query in
      Role.Arn) echo 'arn:aws:iam::111122223333:role/fake' ;;
      "$UNCONDITIONED_QUERY") cat "$dir/unconditioned" ;;
      "$EXTERNAL_ID_QUERY") cat "$dir/external-ids" ;;
      *) exit 3 ;;
    esac ;;
  simulate-principal-policy)
    [ -f "$dir/simulate-fails" ] && { echo 'Throttling' >&2; exit 254; }
    allowed="
$(cat "$dir/allowed")
"
    printf '%s' "$names" | while IFS= read -r name; do
      case $allowed in *"
$resource $name
"*) decision=allowed ;; *) decision=denied ;; esac
      case $query in
        "$NOT_ALLOWED_QUERY") [ $decision = allowed ] || printf '%s\\t' "$name" ;;
        "$ALLOWED_QUERY") [ $decision = denied ] || printf '%s\\t' "$name" ;;
        *) exit 3 ;;
      esac
    done
    echo ;;
  *) exit 3 ;;
esac
`;

const root = mkdtempSync(join(tmpdir(), 'cloudcraft-verify-'));
afterAll(() => spawnSync('rm', ['-rf', root]));

/** What the fake IAM holds: the allowed pairs and the trust policy's answers. */
interface FakeRole {
  allowed: string[];
  unconditioned?: string;
  externalIds?: string;
  flags?: ('no-role' | 'simulate-fails')[];
}

/** The pairs a correctly created role allows: exactly the plan's expected-allowed ones. */
function correctPairs(deployment: Deployment): string[] {
  return buildVerificationPlan(deployment)
    .filter((b) => b.expect === 'allowed')
    .flatMap((b) => b.actions.map((a) => `${b.resource} ${a}`));
}

function run(deployment: Deployment, role: FakeRole) {
  const dir = mkdtempSync(join(root, 'run-'));
  mkdirSync(join(dir, 'calls'));
  writeFileSync(join(dir, 'aws'), FAKE_AWS);
  chmodSync(join(dir, 'aws'), 0o755);
  writeFileSync(join(dir, 'allowed'), role.allowed.map((p) => `${p}\n`).join(''));
  writeFileSync(join(dir, 'unconditioned'), `${role.unconditioned ?? '0'}\n`);
  writeFileSync(join(dir, 'external-ids'), `${role.externalIds ?? deployment.role.externalId}\n`);
  for (const flag of role.flags ?? []) writeFileSync(join(dir, flag), '');
  writeFileSync(join(dir, 'verify.sh'), renderVerifyScript(deployment));
  const env = { PATH: `${dir}:/usr/bin:/bin`, HOME: dir, NOT_ALLOWED_QUERY, ALLOWED_QUERY };
  const result = spawnSync('/bin/sh', ['verify.sh'], {
    cwd: dir,
    env: { ...env, UNCONDITIONED_QUERY, EXTERNAL_ID_QUERY },
    encoding: 'utf8',
  });
  const calls = readdirSync(join(dir, 'calls'))
    .sort()
    .map((f) =>
      readFileSync(join(dir, 'calls', f), 'utf8')
        .split('\0')
        .slice(0, -1),
    );
  return {
    ...result,
    calls,
    fails: result.stdout.split('\n').filter((l) => l.startsWith('FAIL ')),
  };
}

const small = buildDeployment(
  catalog,
  ['ec2', 's3', 'apigateway'],
  'minimal-2025-01',
  'published',
  {
    ...DEFAULT_ROLE_INPUTS,
    externalId: 'abc-123',
  },
);

/** Each test runs the script under /bin/sh, spawning the fake aws per call. */
describe('renderVerifyScript', { timeout: 60_000 }, () => {
  it('is valid sh', () => {
    const path = join(root, 'syntax.sh');
    writeFileSync(path, renderVerifyScript(small));
    expect(spawnSync('/bin/sh', ['-n', path]).status).toBe(0);
  });

  it('passes a correctly created role', () => {
    const result = run(small, { allowed: correctPairs(small) });
    expect(result.fails).toEqual([]);
    expect(result.status).toBe(0);
    const checks = buildVerificationPlan(small).length + 2;
    expect(result.stdout).toContain(`PASS: all ${checks} checks passed.`);
  });

  it('passes a role of a split policy, simulating in batches', () => {
    const all = buildDeployment(
      catalog,
      selectAll(catalog),
      'custom-20230818',
      'exact',
      DEFAULT_ROLE_INPUTS,
    );
    const result = run(all, { allowed: correctPairs(all) });
    expect(result.status).toBe(0);
    const simulations = result.calls.filter((c) => c[1] === 'simulate-principal-policy');
    expect(simulations.length).toBe(buildVerificationPlan(all).length);
    expect(simulations.length).toBeGreaterThan(10);
  });

  it('fails when the role wrongly allows a write', () => {
    const result = run(small, { allowed: [...correctPairs(small), '* s3:PutObject'] });
    expect(result.status).toBe(1);
    expect(result.fails).toEqual([
      'FAIL writes and permission changes denied: allowed: s3:PutObject',
    ]);
    expect(result.stdout).toMatch(/FAIL: 1 of \d+ checks failed\.\n$/);
  });

  it('fails when the role lacks a read, naming it', () => {
    const allowed = correctPairs(small).filter((p) => p !== '* ec2:DescribeVpcs');
    const result = run(small, { allowed });
    expect(result.status).toBe(1);
    expect(result.fails).toEqual(['FAIL Amazon EC2 reads: not allowed: ec2:DescribeVpcs']);
  });

  it('fails when the trust policy does not require the External ID Cloudcraft shows', () => {
    const allowed = correctPairs(small);
    expect(run(small, { allowed, unconditioned: '1' }).fails).toEqual([
      'FAIL the trust policy has Allow statements without an External ID condition: 1',
    ]);
    expect(run(small, { allowed, externalIds: 'other' }).fails).toEqual([
      'FAIL the trust policy requires the External ID other, not abc-123',
    ]);
  });

  it('fails, without stopping, when a simulation fails, and stops when the role is missing', () => {
    const failing = run(small, { allowed: correctPairs(small), flags: ['simulate-fails'] });
    expect(failing.status).toBe(1);
    expect(failing.fails.length).toBe(buildVerificationPlan(small).length);
    const missing = run(small, { allowed: [], flags: ['no-role'] });
    expect(missing.status).toBe(1);
    expect(missing.stdout).toBe('FAIL: cannot read the role cloudcraft.\n');
  });

  it('passes a hostile role name and External ID verbatim', () => {
    const hostile = `a'b $(touch injected) \`touch injected2\`;"`;
    const deployment = withRole(
      buildDeployment(catalog, ['ec2'], 'minimal-2025-01', 'exact', DEFAULT_ROLE_INPUTS),
      {
        ...DEFAULT_ROLE_INPUTS,
        roleName: hostile,
        externalId: hostile,
      },
    );
    const result = run(deployment, { allowed: correctPairs(deployment) });
    expect(result.status).toBe(0);
    const roleNames = result.calls.filter((c) => c[1] === 'get-role').map((c) => c[3]);
    expect(roleNames).toEqual([hostile, hostile, hostile]);
  });
});
