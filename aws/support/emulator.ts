/**
 * Runs the patched moto emulator (aws/emulator/launch.py) as a child process on a free loopback
 * port. The child is stopped by `stop()`, when this process exits for any reason, and by itself when
 * its stdin closes (this process died without a chance to stop it).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { PYTHON } from './tools';

const LAUNCHER = fileURLToPath(new URL('../emulator/launch.py', import.meta.url));
const START_TIMEOUT_MS = 60_000;

/** A running emulator. */
export interface Emulator {
  /** `http://127.0.0.1:PORT`, for AWS_ENDPOINT_URL. */
  endpoint: string;
  /** Stops the emulator and waits for it to exit. */
  stop: () => Promise<void>;
}

function waitForPort(child: ChildProcess, stderr: () => string): Promise<number> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(
      () => reject(new Error(`the emulator did not start in time:\n${stderr()}`)),
      START_TIMEOUT_MS,
    );
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const line = stdout.split('\n')[0];
      if (stdout.includes('\n') && line) {
        clearTimeout(timer);
        resolve((JSON.parse(line) as { port: number }).port);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the emulator exited (${code}) before listening:\n${stderr()}`));
    });
  });
}

/** Starts the emulator and resolves once it listens. */
export async function startEmulator(): Promise<Emulator> {
  const child = spawn(PYTHON, [LAUNCHER], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1', PYTHONUNBUFFERED: '1' },
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = `${stderr}${chunk.toString()}`.slice(-20_000);
  });
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const port = await waitForPort(child, () => stderr).catch((error: unknown) => {
    child.kill('SIGKILL');
    throw error;
  });
  return {
    endpoint: `http://127.0.0.1:${port}`,
    stop: async () => {
      process.removeListener('exit', killOnExit);
      child.stdin?.end();
      child.kill('SIGTERM');
      const timeout = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timeout);
    },
  };
}
