/**
 * cloudcraft-register-accounts.sh with the real AWS CLI against an emulated organization (25 active
 * accounts, names with quotes and letters beyond ASCII, and a closed one) and a fake Cloudcraft API
 * on a loopback port: every account registered once, a second run registers none, --dry-run sends
 * nothing, 429 and 500 answers are retried, and the API key never shows.
 */
import { randomUUID } from 'node:crypto';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, inject, it } from 'vitest';
import { deploymentOf, registerScriptOf } from './support/deliverables';
import {
  startFakeCloudcraftApi,
  type FakeApi,
  type FakeApiOptions,
} from './support/fake-cloudcraft-api';
import {
  makeOrganizationOfMany,
  newAccounts,
  type Account,
  type OrganizationOfMany,
} from './support/harness';
import { accountNames } from './support/org-accounts';
import { awsEnv, run, SHELL, workDirectory } from './support/run';

const endpoint = inject('awsEndpoint');
const ROLE = '-cloudcraft.ro';
const script = registerScriptOf(
  deploymentOf({
    editionId: 'minimal-2025-01',
    mode: 'published',
    serviceIds: ['ec2'],
    role: { roleName: ROLE, externalId: 'ab', accountId: '968898580625' },
  }),
);
let management: Account;
let organization: OrganizationOfMany;
const apis: FakeApi[] = [];

beforeAll(async () => {
  [management] = (await newAccounts(endpoint, 1)) as [Account];
  organization = await makeOrganizationOfMany(management, accountNames(25), 'Closed “old” Sàrl');
});

afterEach(async () => {
  await Promise.all(apis.splice(0).map((api) => api.stop()));
});

async function startApi(options: Omit<FakeApiOptions, 'apiKey'> = {}) {
  const apiKey = `ccapi_${randomUUID().replace(/-/g, '')}`;
  const api = await startFakeCloudcraftApi({ apiKey, ...options });
  apis.push(api);
  return { api, apiKey };
}

/** Runs the script with curl wrapped to log its arguments, as `ps` would show them. */
async function register(api: FakeApi, apiKey: string, args: string[]) {
  const dir = workDirectory();
  writeFileSync(join(dir, 'register.sh'), script);
  writeFileSync(
    join(dir, 'curl'),
    `#!/bin/sh\nprintf '%s\\n' "$*" >>"${dir}/curl-arguments"\nexec /usr/bin/curl "$@"\n`,
  );
  chmodSync(join(dir, 'curl'), 0o755);
  const env = awsEnv(management, dir);
  const result = await run(SHELL, ['register.sh', ...args], {
    cwd: dir,
    env: {
      ...env,
      PATH: `${dir}:${env.PATH}`,
      CLOUDCRAFT_API_KEY: apiKey,
      CLOUDCRAFT_API_URL: api.url,
    },
  });
  const commandLines = readFileSync(join(dir, 'curl-arguments'), 'utf8');
  return { ...result, commandLines };
}

const lastLine = (text: string) => text.trim().split('\n').at(-1);
const roleArn = (id: string) => `arn:aws:iam::${id}:role/${ROLE}`;

describe(
  'cloudcraft-register-accounts.sh with the AWS CLI and a fake Cloudcraft API',
  { timeout: 180_000 },
  () => {
    it('registers every active account once, retrying a 500, then none on a second run', async ({
      expect,
    }) => {
      const { api, apiKey } = await startApi({ failPosts: [3] });
      const members = organization.members;
      const first = await register(api, apiKey, ['--ou', organization.workloads]);
      expect(first.status).toBe(0);
      expect(lastLine(first.stdout)).toBe('registered 25, already registered 0, failed 0');
      expect(first.stderr).toContain('HTTP 500 from Cloudcraft: retrying');
      // Each account once, with its name as AWS has it and the role the page names.
      expect(api.accounts.map((a) => a.roleArn).sort()).toEqual(
        members.map((m) => roleArn(m.id)).sort(),
      );
      for (const member of members) {
        expect(api.accounts.find((a) => a.roleArn === roleArn(member.id))?.name).toBe(member.name);
      }
      expect(api.accounts.every((a) => a.region === 'us-east-1')).toBe(true);
      expect(api.accounts.some((a) => a.roleArn === roleArn(organization.closed.id))).toBe(false);
      // Within Cloudcraft's limit: 27 requests, none refused.
      expect(api.log.filter((r) => r.status === 429)).toEqual([]);
      expect(api.log.filter((r) => r.method === 'POST')).toHaveLength(26);

      // The whole organization now: only the management account is new.
      const second = await register(api, apiKey, []);
      expect(second.status).toBe(0);
      expect(lastLine(second.stdout)).toBe('registered 1, already registered 25, failed 0');
      expect(api.accounts.at(-1)?.roleArn).toBe(roleArn(management.id));
      const third = await register(api, apiKey, ['--region', 'eu-west-1']);
      expect(lastLine(third.stdout)).toBe('registered 0, already registered 26, failed 0');

      for (const run of [first, second, third]) {
        expect(run.stdout + run.stderr).not.toContain(apiKey);
        expect(run.commandLines).not.toContain(apiKey);
      }
    });

    it('honours Retry-After when Cloudcraft answers 429', async ({ expect }) => {
      const { api, apiKey } = await startApi({ limit: { requests: 4, seconds: 3 } });
      const result = await register(api, apiKey, ['--ou', organization.team]);
      const team = organization.members.filter((m) => m.parent === organization.team);
      expect(result.status).toBe(0);
      expect(lastLine(result.stdout)).toBe(
        `registered ${team.length}, already registered 0, failed 0`,
      );
      expect(result.stderr).toMatch(/HTTP 429 from Cloudcraft: retrying in [1-3] s\./);
      expect(api.accounts).toHaveLength(team.length);
    });

    it('--dry-run reads what Cloudcraft has and sends nothing', async ({ expect }) => {
      const [one, two] = organization.members;
      const { api, apiKey } = await startApi({
        accounts: [{ name: one!.name, roleArn: roleArn(one!.id) }],
      });
      const result = await register(api, apiKey, ['--dry-run', '--ou', organization.workloads]);
      expect(result.status).toBe(0);
      expect(result.stdout).toContain(
        `would register: ${two!.name} (${two!.id}) as ${roleArn(two!.id)}`,
      );
      expect(result.stdout).toContain(
        'Dry run: 24 accounts would be registered; nothing was sent.',
      );
      expect(lastLine(result.stdout)).toBe('registered 0, already registered 1, failed 0');
      expect(api.log.map((r) => r.method)).toEqual(['GET']);
      expect(api.accounts).toHaveLength(1);
    });

    it('refuses a wrong key with one clear line, and exits non-zero when a registration fails', async ({
      expect,
    }) => {
      const { api } = await startApi();
      const refused = await register(api, 'not-the-key', []);
      expect(refused.status).toBe(1);
      expect(lastLine(refused.stderr)).toMatch(
        /^cloudcraft-register-accounts: cannot read the accounts Cloudcraft has: HTTP 401/,
      );
      expect(api.log.map((r) => r.method)).toEqual(['GET']);

      // Cloudcraft cannot assume one account's role: the others register, the run fails.
      const [bad] = organization.members.filter((m) => m.parent === organization.team);
      const failing = await startApi({ unverifiable: [roleArn(bad!.id)] });
      const result = await register(failing.api, failing.apiKey, ['--ou', organization.team]);
      const team = organization.members.filter((m) => m.parent === organization.team);
      expect(result.status).toBe(1);
      expect(lastLine(result.stdout)).toBe(
        `registered ${team.length - 1}, already registered 0, failed 1`,
      );
      expect(result.stdout).toContain(
        `failed: ${bad!.name} (${bad!.id}): HTTP 400 {"error":"Cloudcraft could not assume the role"}`,
      );
      expect(failing.api.accounts.map((a) => a.roleArn)).not.toContain(roleArn(bad!.id));
    });
  },
);
