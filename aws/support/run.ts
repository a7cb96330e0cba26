/**
 * Runs generated scripts and AWS CLI commands as a user would, against one emulated account: a
 * clean environment with only that account's credentials, the emulator's endpoint and us-east-1,
 * and a home directory of its own, so no local AWS configuration can take part.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Account } from './harness';
import { findCli, findCliV2, type Cli } from './tools';

/** What a process did. */
export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * The directory whose `aws` the scripts run: the CLI's own for v1; for v2, a wrapper that passes the
 * emulator's endpoint as `--endpoint-url`, because v2 before 2.13 (Debian 12 has 2.9) ignores
 * AWS_ENDPOINT_URL and would call AWS itself. The wrapper changes nothing else.
 */
function cliDirectory(cli: Cli | undefined): string | undefined {
  if (!cli) return undefined;
  if (cli.major === 1) return dirname(cli.binary);
  const dir = mkdtempSync(join(tmpdir(), 'cloudcraft-aws-cli-v2-'));
  writeFileSync(
    join(dir, 'aws'),
    `#!/bin/sh\nexec '${cli.binary}' \${AWS_ENDPOINT_URL:+--endpoint-url="$AWS_ENDPOINT_URL"} "$@"\n`,
  );
  chmodSync(join(dir, 'aws'), 0o755);
  return dir;
}

/** Which CLI this run judges with: `AWS_TIER_CLI=v2` for v2, else the `aws` on PATH. */
export const CLI = process.env.AWS_TIER_CLI === 'v2' ? findCliV2() : findCli();
const AWS_DIR = cliDirectory(CLI);

/** A fresh directory for one test's files; the OS cleans the temporary directory. */
export function workDirectory(): string {
  return mkdtempSync(join(tmpdir(), 'cloudcraft-aws-tier-'));
}

/** The environment the AWS CLI sees for an account. */
export function awsEnv(account: Account, home: string): NodeJS.ProcessEnv {
  return {
    PATH: [AWS_DIR, process.env.PATH].filter(Boolean).join(':'),
    HOME: home,
    LANG: 'C.UTF-8',
    AWS_CONFIG_FILE: join(home, 'no-config'),
    AWS_SHARED_CREDENTIALS_FILE: join(home, 'no-credentials'),
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_ENDPOINT_URL: account.endpoint,
    AWS_DEFAULT_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: account.credentials.AccessKeyId,
    AWS_SECRET_ACCESS_KEY: account.credentials.SecretAccessKey,
    AWS_SESSION_TOKEN: account.credentials.SessionToken,
  };
}

/** Runs a command to its end and collects its output. */
export function run(
  command: string,
  args: readonly string[],
  options: { env: NodeJS.ProcessEnv; cwd: string },
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** A shell for generated scripts: the system's sh, as the scripts' `sh file` instructions say. */
export const SHELL = '/bin/sh';

/** Writes a script into a directory (a fresh one by default) and runs it with `sh` for an account. */
export async function runScript(
  account: Account,
  fileName: string,
  text: string,
  args: readonly string[] = [],
  dir = workDirectory(),
): Promise<RunResult & { dir: string }> {
  writeFileSync(join(dir, fileName), text);
  const result = await run(SHELL, [fileName, ...args], { env: awsEnv(account, dir), cwd: dir });
  return { ...result, dir };
}

/**
 * Runs one AWS CLI command for an account, in a directory (for `file://` arguments). CLI v2 pages
 * its output unless AWS_PAGER is empty; the generated scripts set that themselves.
 */
export function aws(account: Account, args: readonly string[], dir = workDirectory()) {
  return run('aws', args, { env: { ...awsEnv(account, dir), AWS_PAGER: '' }, cwd: dir });
}

/**
 * Whether this run's CLI has an operation: a CLI older than the operation answers "Invalid choice"
 * before it needs credentials or a network.
 */
export function cliKnows(service: string, operation: string): boolean {
  const result = spawnSync('aws', [service, operation], {
    encoding: 'utf8',
    env: { PATH: [AWS_DIR, process.env.PATH].filter(Boolean).join(':'), HOME: tmpdir() },
  });
  return !`${result.stderr}`.includes('Invalid choice');
}

/** Writes files into a directory, by name. */
export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
}

/** Runs command lines as a user pastes them into a shell (sh -c), for an account. */
export function shellCommands(account: Account, text: string, dir = workDirectory()) {
  return run(SHELL, ['-c', text], { env: { ...awsEnv(account, dir), AWS_PAGER: '' }, cwd: dir });
}
