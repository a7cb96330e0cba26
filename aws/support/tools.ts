/**
 * The real AWS tools the aws tier judges with, found on this machine: the AWS CLI, a Python with
 * moto (the emulator) and boto3, AWS's cfn-lint and shellcheck. Each comes with how to get it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** One tool: found (with its version line) or missing (with how to get it). */
export interface ToolStatus {
  name: string;
  found: boolean;
  version: string;
  install: string;
}

/** The Python that runs the emulator: `AWS_TIER_PYTHON`, or `python3` from PATH. */
export const PYTHON = process.env.AWS_TIER_PYTHON || 'python3';

/** The first output line with a version number in it, or `undefined` when the command fails. */
function versionLine(command: string, args: string[]): string | undefined {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 30_000 });
  if (result.error || result.status !== 0) return undefined;
  const lines = `${result.stdout}\n${result.stderr}`.split('\n').map((l) => l.trim());
  return lines.find((l) => /\d+\.\d+/.test(l)) ?? command;
}

/** An AWS CLI program: its path and its version line (`aws-cli/2.9.19 Python/3.11.2 …`). */
export interface Cli {
  binary: string;
  version: string;
  major: number;
}

function cliAt(binary: string | undefined): Cli | undefined {
  if (!binary || !existsSync(binary)) return undefined;
  const version = versionLine(binary, ['--version']);
  const major = Number(/^aws-cli\/(\d+)\./.exec(version ?? '')?.[1]);
  return version && major ? { binary, version, major } : undefined;
}

/**
 * The `aws` on PATH. A pyenv shim re-resolves the interpreter on every call; the CLI installed beside
 * the emulator's Python is the same program without that cost, so it is used instead of the shim.
 */
export function findCli(): Cli | undefined {
  const which = spawnSync('sh', ['-c', 'command -v aws'], { encoding: 'utf8' }).stdout.trim();
  if (!which.includes('/.pyenv/shims/')) return cliAt(which);
  const real = spawnSync('pyenv', ['which', 'aws'], { encoding: 'utf8' }).stdout.trim();
  return cliAt(real) ?? cliAt(which);
}

/**
 * An AWS CLI v2, the one AWS CloudShell has: `AWS_TIER_CLI_V2`, the `aws` on PATH when it is v2, or
 * Debian's (`apt-get install awscli`, /usr/bin/aws).
 */
export function findCliV2(): Cli | undefined {
  const candidates = [process.env.AWS_TIER_CLI_V2, findCli()?.binary, '/usr/bin/aws'];
  return candidates.map(cliAt).find((cli) => cli?.major === 2);
}

/** How to get an AWS CLI v2 on this kind of machine. */
export const CLI_V2_INSTALL = 'apt-get install awscli, or AWS_TIER_CLI_V2=/path/to/aws';

/** Checks every tool the tier needs. */
export function checkTools(): ToolStatus[] {
  const cli = findCli();
  const python = versionLine(PYTHON, [
    '-c',
    'import moto, boto3, werkzeug; print("moto " + moto.__version__ + ", boto3 " + boto3.__version__)',
  ]);
  const tools: [string, string | undefined, string][] = [
    ['aws', cli?.version, 'pip install awscli, or apt-get install awscli'],
    [`${PYTHON} with moto and boto3`, python, "pip install 'moto[server]' boto3"],
    ['cfn-lint', versionLine('cfn-lint', ['--version']), 'pip install cfn-lint'],
    ['shellcheck', versionLine('shellcheck', ['--version']), 'apt-get install shellcheck'],
    // The registration script's own needs, as in AWS CloudShell.
    ['jq', versionLine('jq', ['--version']), 'apt-get install jq'],
    ['curl', versionLine('curl', ['--version']), 'apt-get install curl'],
  ];
  return tools.map(([name, version, install]) => ({
    name,
    found: version !== undefined,
    version: version ?? '',
    install,
  }));
}

/** One line naming what is missing and how to get each, or `undefined` when nothing is. */
export function describeMissing(tools: readonly ToolStatus[]): string | undefined {
  const missing = tools.filter((t) => !t.found);
  if (missing.length === 0) return undefined;
  return `missing ${missing.map((t) => `${t.name} (${t.install})`).join(', ')}`;
}
