/**
 * A POSIX sh script that creates the policy (one managed policy per part) and the role with the AWS
 * CLI, then prints the role ARN. Every value is a single-quoted literal, so nothing the user typed is
 * ever run, and goes to its option as `--option=value`: the CLI reads `--role-name -x` as two options,
 * and a role name may start with `-`. https://docs.aws.amazon.com/cli/latest/reference/iam/create-role.html
 */
import { renderPolicyJson } from '../render-policy-json';
import { accountRootArn, buildTrustPolicy, MAX_SESSION_DURATION } from '../role';
import {
  listDeployedPolicies,
  renderCommentHeader,
  ROLE_DESCRIPTION,
  type DeployedPolicy,
  type Deployment,
} from './deployment';
import { renderShScript } from './sh-script';
import { shellQuote } from './shell-quote';

/** The file name to download the script as. */
export const CLI_SCRIPT_FILE_NAME = 'cloudcraft-setup.sh';

/** Characters IAM allows in an External ID, spelled out: sh ranges like `a-z` depend on the locale. */
const EXTERNAL_ID_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_+=,.@:/-';

/** Marks where the External ID goes in the trust policy's JSON; JSON leaves it as is. */
const PLACEHOLDER = '<external-id>';

/**
 * Lines that set `trust_policy`: built here when the External ID is known, otherwise from the
 * script's first argument, checked against IAM's rule before it is put inside the JSON.
 */
function trustPolicyLines(accountId: string, externalId: string): string[] {
  if (externalId) {
    const trust = JSON.stringify(buildTrustPolicy(accountRootArn(accountId), externalId));
    return [`trust_policy=${shellQuote(trust)}`];
  }
  const json = JSON.stringify(buildTrustPolicy(accountRootArn(accountId), PLACEHOLDER));
  const at = json.lastIndexOf(PLACEHOLDER);
  const usage = `Usage: sh ${CLI_SCRIPT_FILE_NAME} EXTERNAL_ID (the External ID Cloudcraft shows).`;
  return [
    'external_id=${1:-}',
    'case $external_id in',
    `  '' | ? | *[!${EXTERNAL_ID_CHARS}]*)`,
    `    echo ${shellQuote(usage)} >&2`,
    `    echo ${shellQuote('It is 2 to 1,224 letters, digits and + = , . @ : / - _ characters.')} >&2`,
    '    exit 2 ;;',
    'esac',
    'if [ "${#external_id}" -gt 1224 ]; then',
    `  echo ${shellQuote('The External ID can have at most 1,224 characters.')} >&2`,
    '  exit 2',
    'fi',
    `trust_policy=${shellQuote(json.slice(0, at))}"$external_id"${shellQuote(json.slice(at + PLACEHOLDER.length))}`,
  ];
}

function createPolicyLines(policy: DeployedPolicy): string[] {
  const variable = `policy_arn_${policy.index + 1}`;
  return [
    '',
    `${variable}=$(aws iam create-policy \\`,
    `  --policy-name=${shellQuote(policy.name)} \\`,
    `  --description=${shellQuote(policy.description)} \\`,
    `  --policy-document=${shellQuote(renderPolicyJson(policy.document, { minify: true }))} \\`,
    '  --query=Policy.Arn --output=text)',
    `echo "Created policy $${variable}"`,
  ];
}

function createRoleLines(policies: DeployedPolicy[]): string[] {
  return [
    '',
    'role_arn=$(aws iam create-role \\',
    '  --role-name="$role_name" \\',
    '  --assume-role-policy-document="$trust_policy" \\',
    `  --max-session-duration=${MAX_SESSION_DURATION} \\`,
    `  --description=${shellQuote(ROLE_DESCRIPTION)} \\`,
    '  --query=Role.Arn --output=text)',
    'echo "Created role $role_name"',
    ...policies.map(
      (p) =>
        `aws iam attach-role-policy --role-name="$role_name" --policy-arn="$policy_arn_${p.index + 1}"`,
    ),
    '',
    "echo 'Paste this role ARN into Cloudcraft:'",
    'echo "$role_arn"',
  ];
}

/** Renders the setup script: policies first, then the role, its attachments and its ARN. */
export function renderCliScript(deployment: Deployment): string {
  const { role } = deployment;
  const policies = listDeployedPolicies(deployment);
  const run = role.externalId
    ? `sh ${CLI_SCRIPT_FILE_NAME}`
    : `sh ${CLI_SCRIPT_FILE_NAME} EXTERNAL_ID`;
  const header = renderCommentHeader(
    deployment,
    [
      'Creates the IAM policy and the role Cloudcraft assumes, with the AWS CLI.',
      `Run \`${run}\` with AWS credentials that may create IAM policies and roles.`,
    ],
    'src/core/deploy/render-cli.ts',
  );
  return renderShScript(header, [
    `role_name=${shellQuote(role.roleName)}`,
    ...trustPolicyLines(role.accountId, role.externalId),
    ...policies.flatMap(createPolicyLines),
    ...createRoleLines(policies),
  ]);
}
