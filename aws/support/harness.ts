/**
 * The harness's own view of the emulator, through boto3 (aws/emulator/harness.py): fresh accounts to
 * isolate tests, the IAM and CloudFormation state to assert on, and state to start a test from.
 * One Python process per test file answers every request; the deliverables themselves always run
 * through the AWS CLI.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import type { Socket } from 'node:net';
import { randomInt } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';
import { PYTHON } from './tools';

const HARNESS = fileURLToPath(new URL('../emulator/harness.py', import.meta.url));

/** Temporary credentials that the emulator files under one account. */
export interface Credentials {
  AccessKeyId: string;
  SecretAccessKey: string;
  SessionToken: string;
}

/** An emulated AWS account of its own, so tests never see each other's resources. */
export interface Account {
  endpoint: string;
  id: string;
  credentials: Credentials;
}

/** One version of a managed policy, its document decoded. */
export interface PolicyVersionState {
  versionId: string;
  isDefault: boolean;
  document: unknown;
}

/** A managed policy as IAM holds it. */
export interface PolicyState {
  arn: string;
  name: string;
  description: string;
  defaultVersionId: string;
  versions: PolicyVersionState[];
}

/** A role as IAM holds it, with the managed policies attached to it. */
export interface RoleState {
  arn: string;
  name: string;
  description: string;
  maxSessionDuration: number;
  trustPolicy: unknown;
  inlinePolicies: string[];
  attached: PolicyState[];
}

/** What an account holds: the roles and stacks asked for, and every customer managed policy name. */
export interface AccountState {
  roles: Record<string, RoleState | null>;
  stacks: Record<string, { status: string; outputs: Record<string, string> }>;
  policyNames: string[];
}

/** The harness process of this test file, started on first use; it exits when the file's worker does. */
let server: ChildProcessWithoutNullStreams | undefined;
const waiting: { resolve: (answer: unknown) => void; reject: (error: Error) => void }[] = [];

function startServer(): ChildProcessWithoutNullStreams {
  const child = spawn(PYTHON, [HARNESS, 'serve'], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1' },
  });
  let buffered = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    for (let end = buffered.indexOf('\n'); end >= 0; end = buffered.indexOf('\n')) {
      const reply = JSON.parse(buffered.slice(0, end)) as { answer?: unknown; error?: string };
      buffered = buffered.slice(end + 1);
      const next = waiting.shift();
      if (reply.error === undefined) next?.resolve(reply.answer);
      else next?.reject(new Error(`harness.py: ${reply.error}`));
    }
  });
  child.stderr.on(
    'data',
    (chunk: Buffer) => (stderr = `${stderr}${chunk.toString()}`.slice(-5000)),
  );
  child.on('exit', (code) => {
    server = undefined;
    for (const next of waiting.splice(0))
      next.reject(new Error(`harness.py exited (${code}): ${stderr}`));
  });
  // Neither the process nor its pipes keep the test worker alive; its exit closes our stdin.
  child.unref();
  for (const stream of [child.stdin, child.stdout, child.stderr])
    (stream as unknown as Socket).unref();
  return child;
}

// Registered in the suite of the test file that imports this module: its harness process ends with it.
afterAll(() => {
  server?.stdin.end();
});

/** Sends one request to the harness process; requests are answered in order. */
function harness<T>(command: string, request: object): Promise<T> {
  server ??= startServer();
  const child = server;
  return new Promise<T>((resolve, reject) => {
    waiting.push({ resolve: (answer) => resolve(answer as T), reject });
    child.stdin.write(`${JSON.stringify({ command, request })}\n`);
  });
}

/** Credentials for these accounts (an organization's members, say), as the harness makes them. */
export async function accountsFor(endpoint: string, ids: readonly string[]): Promise<Account[]> {
  const credentials = await harness<Record<string, Credentials>>('accounts', {
    endpoint,
    accountIds: ids,
  });
  return ids.map((id) => ({ endpoint, id, credentials: credentials[id] as Credentials }));
}

/** Makes `count` fresh accounts (random 12-digit IDs) with credentials for each. */
export function newAccounts(endpoint: string, count: number): Promise<Account[]> {
  const ids = Array.from({ length: count }, () =>
    String(randomInt(100_000_000_000, 999_999_999_999)),
  );
  return accountsFor(endpoint, ids);
}

/** Reads roles (by name) and stacks (by name) of an account. */
export function readState(
  account: Account,
  names: { roles?: string[]; stacks?: string[] },
): Promise<AccountState> {
  return harness('state', { ...account, ...names });
}

/** A managed policy to seed: its versions' documents, oldest first, and which one is the default. */
export interface SeedPolicy {
  name: string;
  description?: string;
  documents: string[];
  defaultIndex?: number;
}

/** Creates a role (trust policy as given) with these managed policies attached. */
export function seedRole(
  account: Account,
  role: { name: string; trustPolicy: string },
  policies: SeedPolicy[],
): Promise<{ policies: { arn: string; versionIds: string[] }[] }> {
  return harness('seed', { ...account, role, policies });
}

/** One boto3 call: service, operation (snake_case) and parameters. */
export interface Boto3Call {
  service: string;
  operation: string;
  params?: Record<string, unknown>;
}

/** Runs boto3 calls in order for an account (to set up what a test then judges with the CLI). */
export function boto3Calls<T = Record<string, unknown>>(
  account: Account,
  calls: Boto3Call[],
): Promise<T[]> {
  return harness('calls', { ...account, calls });
}

/** An organization made by `makeOrganization`: OU ids and the member account in each OU. */
export interface Organization {
  root: string;
  top: string;
  nested: string;
  members: { top: string; nested: string };
}

/** Makes the account an organization's management account: OUs root > top > nested, a member in each. */
export function makeOrganization(account: Account): Promise<Organization> {
  return harness('organization', account);
}

/** An organization made by `makeOrganizationOfMany`. */
export interface OrganizationOfMany {
  root: string;
  /** OU `workloads` under the root, and OU `team` under it. */
  workloads: string;
  team: string;
  /** The active members, in creation order, each in `workloads` or `team`. */
  members: { id: string; name: string; parent: string }[];
  /** A member that was closed (suspended): no deployment or registration must touch it. */
  closed: { id: string; name: string; parent: string };
}

/** Makes the account an organization's management account with these members and a closed one. */
export function makeOrganizationOfMany(
  account: Account,
  names: readonly string[],
  closed: string,
): Promise<OrganizationOfMany> {
  return harness('organizationOfMany', { ...account, names, closed });
}
