/**
 * `npm run test:aws`: judges every deliverable with the real AWS tools (Vitest project `aws`).
 * Without them, it prints one line naming what is missing and how to get it, and skips (exit 0);
 * under CI (`CI=true`) a missing tool fails the run instead. Extra arguments go to Vitest.
 *
 * Two passes: every test with the `aws` on PATH (v1 here), then the scripts once more with an AWS CLI
 * v2, the one AWS CloudShell has, on fewer random choices. Without a v2 the second pass is skipped
 * locally, with one line saying so, and fails under CI.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  CLI_V2_INSTALL,
  checkTools,
  describeMissing,
  findCli,
  findCliV2,
} from '../aws/support/tools';

const root = fileURLToPath(new URL('..', import.meta.url));
const vitest = fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url));

/** The test files of the v2 pass: every script a user runs in a shell. */
const CLI_V2_FILES = [
  'aws/setup-script.test.ts',
  'aws/verify-script.test.ts',
  'aws/upgrade-script.test.ts',
  'aws/move-off-script.test.ts',
  'aws/org-rollout.test.ts',
  'aws/register-accounts.test.ts',
];

/** Runs Vitest's aws project; resolves with its exit code. */
function vitestRun(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<number> {
  // Two test files at a time, each running up to 3 cases at once (maxConcurrency): most of the time
  // goes to starting the CLI's Python, and the machine has two cores.
  const all = ['run', '--project', 'aws', '--maxWorkers=2', ...args];
  const child = spawn(process.execPath, [vitest, ...all], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  return new Promise((resolve) =>
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))),
  );
}

async function main(): Promise<number> {
  const ci = process.env.CI === 'true';
  const tools = checkTools();
  const missing = describeMissing(tools);
  if (missing) {
    if (ci) {
      console.error(`test:aws failed: ${missing}.`);
      return 1;
    }
    console.log(`test:aws skipped: ${missing}.`);
    return 0;
  }
  console.log(`test:aws with ${tools.map((t) => t.version).join('; ')}`);
  // Ctrl-C reaches Vitest too (same process group); it stops the emulator in its teardown.
  process.on('SIGINT', () => undefined);
  const extra = process.argv.slice(2);
  const first = await vitestRun(extra);
  if (first !== 0 || extra.length > 0) return first;

  if (findCli()?.major === 2) {
    console.log('test:aws: the AWS CLI on PATH is v2, so the pass above was the v2 pass.');
    return 0;
  }
  const v2 = findCliV2();
  if (!v2) {
    const line = `the AWS CLI v2 pass needs an AWS CLI v2 (${CLI_V2_INSTALL})`;
    if (ci) {
      console.error(`test:aws failed: ${line}.`);
      return 1;
    }
    console.log(`test:aws: skipped ${line}.`);
    return 0;
  }
  console.log(`test:aws: the scripts again with ${v2.version} (${v2.binary})`);
  return vitestRun(CLI_V2_FILES, { AWS_TIER_CLI: 'v2', AWS_TIER_CASES_PER_COMBINATION: '1' });
}

void main().then((code) => process.exit(code));
