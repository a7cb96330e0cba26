/**
 * `npm run test:aws`: judges every deliverable with the real AWS tools (Vitest project `aws`).
 * Without them, it prints one line naming what is missing and how to get it, and skips (exit 0);
 * under CI (`CI=true`) a missing tool fails the run instead. Extra arguments go to Vitest.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { checkTools, describeMissing } from '../aws/support/tools';

const root = fileURLToPath(new URL('..', import.meta.url));
const vitest = fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url));

function main(): void {
  const tools = checkTools();
  const missing = describeMissing(tools);
  if (missing) {
    if (process.env.CI === 'true') {
      console.error(`test:aws failed: ${missing}.`);
      process.exit(1);
    }
    console.log(`test:aws skipped: ${missing}.`);
    return;
  }
  console.log(`test:aws with ${tools.map((t) => t.version).join('; ')}`);
  // Two test files at a time, each running up to 3 cases at once (maxConcurrency): most of the time
  // goes to starting the CLI's Python, and the machine has two cores.
  const args = ['run', '--project', 'aws', '--maxWorkers=2', ...process.argv.slice(2)];
  const child = spawn(process.execPath, [vitest, ...args], {
    cwd: root,
    stdio: 'inherit',
  });
  // Ctrl-C reaches Vitest too (same process group); it stops the emulator in its teardown.
  process.on('SIGINT', () => undefined);
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

main();
