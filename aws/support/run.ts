/**
 * Runs generated scripts and AWS CLI commands as a user would, against one emulated account: a
 * clean environment with only that account's credentials, the emulator's endpoint and us-east-1,
 * and a home directory of its own, so no local AWS configuration can take part.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Account } from './harness';
import { awsBinDirectory } from './tools';

/** What a process did. */
export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

const AWS_DIR = awsBinDirectory();

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

/** Writes files into a directory, by name. */
export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
}

/** Runs command lines as a user pastes them into a shell (sh -c), for an account. */
export function shellCommands(account: Account, text: string, dir = workDirectory()) {
  return run(SHELL, ['-c', text], { env: { ...awsEnv(account, dir), AWS_PAGER: '' }, cwd: dir });
}
