/**
 * Runs npm scripts at the same time and fails if any fails: `tsx scripts/run-together.ts lint
 * typecheck`. Each script's output is printed whole when it ends, so outputs never interleave.
 * `npm run check` uses it for the static checks, which are single-threaded.
 */
import { spawn } from 'node:child_process';

function runScript(name: string): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', name], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => {
      const status = code ?? 1;
      process.stdout.write(`${status === 0 ? 'ok' : 'FAILED'}: npm run ${name}\n${output}`);
      resolve(status);
    });
  });
}

const codes = await Promise.all(process.argv.slice(2).map(runScript));
process.exitCode = codes.some((code) => code !== 0) ? 1 : 0;
