/**
 * The audit reads what the real AWS CLI prints about a role: in an account with a role that has
 * ReadOnlyAccess, a customer managed policy and an inline one (and two more roles, one of them not
 * Cloudcraft's), the commands the page gives are run and their output audited as the page does. Each
 * is recognised, and gives the findings of the documents it names, pasted as one policy.
 */
import { beforeAll, describe, inject, it } from 'vitest';
import {
  accountRootArn,
  auditOf,
  baselineDocumentOf,
  buildTrustPolicy,
  editionPolicyText,
  renderFetchPolicyCommands,
  renderNarrowedDetailsCommand,
  renderRoleCommands,
  type AuditResult,
} from './support/deliverables';
import { boto3Calls, newAccounts, seedRole, type Account } from './support/harness';
import { shellCommands } from './support/run';

const endpoint = inject('awsEndpoint');
const CLOUDCRAFT = '968898580625';
const EDITION = 'custom-20230818';
const context = { accountId: CLOUDCRAFT, roleName: 'cloudcraft' };
const trust = (account: string) =>
  JSON.stringify(buildTrustPolicy(accountRootArn(account), 'abc-123'));
const custom = editionPolicyText('minimal-2025-01', ['lambda', 'ec2'], 'published');
const inline = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Deny', Action: ['s3:GetObject', 'dynamodb:Scan'], Resource: '*' },
    { Effect: 'Allow', Action: 'ec2:RunInstances', Resource: '*' },
  ],
});
/** Findings the audit adds about reading a role or CLI output, which a pasted document has not. */
const READING = new Set(['role-policies', 'policy-not-read', 'role-policy', 'policy-version']);

let account: Account;
let customArn: string;

beforeAll(async () => {
  [account] = (await newAccounts(endpoint, 1)) as [Account];
  const seeded = await seedRole(account, { name: 'cloudcraft', trustPolicy: trust(CLOUDCRAFT) }, [
    { name: 'Cloudcraft-extra', documents: [custom] },
  ]);
  customArn = seeded.policies[0]?.arn ?? '';
  await seedRole(account, { name: 'admin', trustPolicy: trust('111122223333') }, []);
  await seedRole(account, { name: 'cloudcraft-legacy', trustPolicy: trust(CLOUDCRAFT) }, []);
  await boto3Calls(account, [
    {
      service: 'iam',
      operation: 'attach_role_policy',
      params: { RoleName: 'cloudcraft', PolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' },
    },
    ...['cloudcraft', 'cloudcraft-legacy'].map((role) => ({
      service: 'iam',
      operation: 'put_role_policy',
      params: { RoleName: role, PolicyName: 'deny-data', PolicyDocument: inline },
    })),
  ]);
});

/** Runs command lines as the page gives them; their output, which must be all they print. */
async function cli(text: string): Promise<string> {
  const result = await shellCommands(account, text);
  if (result.status !== 0) throw new Error(`${text}\n${result.stderr}`);
  return result.stdout;
}

/** The documents as one pasted policy. */
function union(documents: unknown[]): string {
  const statements = documents.flatMap((d) => [(d as { Statement: unknown }).Statement].flat());
  return JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2);
}

/** What a subject found, reading findings left out, without where they point. */
function found(result: AuditResult, i = 0) {
  const subject = result.subjects[i];
  return {
    allowed: subject?.analysis.allowed.map((a) => a.action),
    findings: subject?.analysis.findings
      .filter((f) => !READING.has(f.code))
      .map(({ severity, code, message, statementIndex, action }) => ({
        severity,
        code,
        message,
        statementIndex,
        action,
      })),
  };
}

const audit = (text: string) => auditOf(text, EDITION, context);

describe('the audit reads the AWS CLI’s output', () => {
  it('list-attached-role-policies: ReadOnlyAccess from the page, the commands for the other', async ({
    expect,
  }) => {
    const result = await audit(await cli(renderRoleCommands('cloudcraft').attached));
    expect(result.kind).toBe('list-attached-role-policies');
    const [subject] = result.subjects;
    expect(subject?.role).toEqual({ name: 'cloudcraft', fromPage: true });
    expect(subject?.baselines).toEqual(['ReadOnlyAccess']);
    expect(subject?.policies?.map((p) => [p.name, p.origin])).toEqual([
      ['Cloudcraft-extra', 'missing'],
      ['ReadOnlyAccess', 'bundled'],
    ]);
    const readOnly = await baselineDocumentOf('ReadOnlyAccess');
    expect(found(result)).toEqual(found(await audit(union([readOnly]))));

    // The commands it gives for the policy it could not read print what it then audits.
    const version = await audit(await cli(renderFetchPolicyCommands(customArn).join('\n')));
    expect(version.kind).toBe('get-policy-version');
    expect(found(version)).toEqual(found(await audit(custom)));
  });

  it('get-role-policy: the inline policy of the named role', async ({ expect }) => {
    const commands = renderRoleCommands('cloudcraft');
    expect(await cli(commands.inlineNames)).toBe('deny-data\n');
    const result = await audit(await cli(commands.inline.replace('POLICY_NAME', 'deny-data')));
    expect(result.kind).toBe('get-role-policy');
    expect(result.subjects[0]?.role).toEqual({ name: 'cloudcraft', fromPage: false });
    expect(found(result)).toEqual(found(await audit(inline)));
  });

  it('get-account-authorization-details: each role that trusts Cloudcraft, its policies as one', async ({
    expect,
  }) => {
    const result = await audit(await cli(renderNarrowedDetailsCommand(CLOUDCRAFT)));
    expect(result.kind).toBe('account-authorization-details');
    expect(result.subjects.map((s) => s.role?.name)).toEqual(['cloudcraft', 'cloudcraft-legacy']);
    const [role, legacy] = result.subjects;
    const origins = role?.policies?.map((p) => [p.name, p.origin]);
    expect(origins).toEqual([
      ['Cloudcraft-extra', 'pasted'],
      ['ReadOnlyAccess', 'bundled'],
      ['deny-data', 'pasted'],
    ]);
    const readOnly = await baselineDocumentOf('ReadOnlyAccess');
    const documents = [JSON.parse(custom), readOnly, JSON.parse(inline)];
    expect(found(result, 0)).toEqual(found(await audit(union(documents))));
    expect(role?.baselines).toEqual(['ReadOnlyAccess']);
    expect(found(result, 1)).toEqual(found(await audit(inline)));
    expect(legacy?.baselines).toEqual([]);
  });

  it('refuses a whole account’s output over 1 MB, with the command that narrows it', async ({
    expect,
  }) => {
    // moto lists every AWS managed policy it knows in the unfiltered output: several MB.
    const text = await cli('aws iam get-account-authorization-details --output=json');
    expect(text.length).toBeGreaterThan(1_048_576);
    const result = await audit(text);
    expect(result.subjects).toEqual([]);
    expect(result.findings.map((f) => f.code)).toEqual(['input-too-large']);
    expect(result.findings[0]?.message).toContain(renderNarrowedDetailsCommand(CLOUDCRAFT));
  });
});
