/**
 * A POSIX sh script to run after creating the role: it asks IAM's policy simulator whether the role
 * allows every action the policy grants and denies a sample of writes, and reads the trust policy to
 * check it requires the External ID. It needs only the AWS CLI (JMESPath `--query`, no jq). Values go
 * to their options as `--option=value`, so a role name starting with `-` is not read as an option;
 * `--action-names` takes a list, of the catalog's `service:Action` names, none of which starts so.
 * https://docs.aws.amazon.com/cli/latest/reference/iam/simulate-principal-policy.html
 */
import { buildPolicy } from '../policy';
import { renderCommentHeader, wrapText, type Deployment } from './deployment';
import { renderShScript } from './sh-script';
import { shellQuote } from './shell-quote';
import { listDeniedSamples } from './verify-samples';

/** The file name to download the script as. */
export const VERIFY_SCRIPT_FILE_NAME = 'cloudcraft-verify.sh';

/** Actions per simulator call: keeps each command line and response small. */
export const SIMULATION_BATCH_SIZE = 50;

/** JMESPath: the simulated actions IAM did not allow. */
export const NOT_ALLOWED_QUERY = 'EvaluationResults[?EvalDecision!=`"allowed"`].EvalActionName';
/** JMESPath: the simulated actions IAM allowed. */
export const ALLOWED_QUERY = 'EvaluationResults[?EvalDecision==`"allowed"`].EvalActionName';
/** JMESPath: how many Allow statements of the trust policy lack an `sts:ExternalId` condition. */
export const UNCONDITIONED_QUERY =
  'length(Role.AssumeRolePolicyDocument.Statement[?Effect==`"Allow"` && !(Condition.StringEquals."sts:ExternalId")])';
/** JMESPath: the External IDs the trust policy requires. */
export const EXTERNAL_ID_QUERY =
  'Role.AssumeRolePolicyDocument.Statement[?Effect==`"Allow"`].Condition.StringEquals."sts:ExternalId"';

/** One simulator call: actions on one resource, all expected allowed or all expected denied. */
export interface SimulationBatch {
  expect: 'allowed' | 'denied';
  label: string;
  resource: string;
  actions: string[];
}

/** A concrete ARN a policy's resource pattern matches: region `us-east-1`, other wildcards `example`. */
export function sampleResourceArn(pattern: string): string {
  if (pattern === '*') return '*';
  const fields = pattern.split(':');
  if (fields[3] === '*') fields[3] = 'us-east-1';
  return fields.join(':').replace(/\*/g, 'example').replace(/\?/g, 'x');
}

/** ` (2 of 5)` when there are several chunks, otherwise nothing. */
function part(index: number, count: number): string {
  return count > 1 ? ` (${index + 1} of ${count})` : '';
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

/** The simulator calls: every exact action granted, on each resource it is granted on, then denials. */
export function buildVerificationPlan(deployment: Deployment): SimulationBatch[] {
  const { model, catalog } = deployment;
  const exact = buildPolicy(catalog, model.serviceIds, model.editionId, { mode: 'exact' });
  const allowed = exact.grants.flatMap((grant) => {
    const name = catalog.serviceName(grant.serviceId);
    const resources = grant.resources === '*' ? ['*'] : grant.resources.map(sampleResourceArn);
    const chunks = chunk(grant.actions, SIMULATION_BATCH_SIZE);
    return resources.flatMap((resource) =>
      chunks.map((actions, i) => ({
        expect: 'allowed' as const,
        label: `${name} reads${part(i, chunks.length)}${resource === '*' ? '' : ` on ${resource}`}`,
        resource,
        actions,
      })),
    );
  });
  const denied = chunk(listDeniedSamples(model.serviceIds), SIMULATION_BATCH_SIZE).map(
    (actions) => ({
      expect: 'denied' as const,
      label: 'writes and permission changes denied',
      resource: '*',
      actions,
    }),
  );
  return [...allowed, ...denied];
}

const FUNCTIONS = `failures=0
checks=0
pass() { checks=$((checks + 1)); printf 'PASS %s\\n' "$1"; }
fail() { checks=$((checks + 1)); failures=$((failures + 1)); printf 'FAIL %s\\n' "$1"; }

# check allowed|denied LABEL RESOURCE ACTION...: simulates the actions on the resource.
check() {
  expect=$1 label=$2 resource=$3
  shift 3
  if [ "$expect" = allowed ]; then query=${shellQuote(NOT_ALLOWED_QUERY)}; else query=${shellQuote(ALLOWED_QUERY)}; fi
  if ! wrong=$(aws iam simulate-principal-policy --policy-source-arn="$role_arn" \\
    --resource-arns="$resource" --query="$query" --output=text --action-names "$@"); then
    fail "$label: the simulation failed"
    return 0
  fi
  wrong=$(printf '%s' "$wrong" | tr -s '[:space:]' ' ' | sed 's/^ //; s/ $//')
  if [ -n "$wrong" ]; then
    if [ "$expect" = allowed ]; then fail "$label: not allowed: $wrong"; else fail "$label: allowed: $wrong"; fi
  else
    pass "$label"
  fi
}`;

function trustLines(externalId: string): string[] {
  const getRole = 'aws iam get-role --role-name="$role_name" --output=text --query=';
  const lines = [
    `unconditioned=$(${getRole}${shellQuote(UNCONDITIONED_QUERY)}) || unconditioned=unreadable`,
    'if [ "$unconditioned" = 0 ]; then',
    "  pass 'the trust policy requires an External ID'",
    'else',
    '  fail "the trust policy has Allow statements without an External ID condition: $unconditioned"',
    'fi',
  ];
  if (!externalId) return lines;
  return [
    ...lines,
    `expected_external_id=${shellQuote(externalId)}`,
    `external_ids=$(${getRole}${shellQuote(EXTERNAL_ID_QUERY)}) || external_ids=unreadable`,
    'if [ "$external_ids" = "$expected_external_id" ]; then',
    "  pass 'the trust policy requires the External ID Cloudcraft shows'",
    'else',
    '  fail "the trust policy requires the External ID $external_ids, not $expected_external_id"',
    'fi',
  ];
}

function checkLines(batch: SimulationBatch): string[] {
  const head = ['check', batch.expect, shellQuote(batch.label), shellQuote(batch.resource)].join(
    ' ',
  );
  const actions = wrapText(batch.actions.map(shellQuote).join(' '), 96);
  return [`${head} \\`, ...actions.map((l, i) => `  ${l}${i < actions.length - 1 ? ' \\' : ''}`)];
}

/** Renders the verification script: trust checks, then one simulator call per batch, then a summary. */
export function renderVerifyScript(deployment: Deployment): string {
  const header = renderCommentHeader(
    deployment,
    [
      "Checks the role Cloudcraft assumes with IAM's policy simulator.",
      `Run \`sh ${VERIFY_SCRIPT_FILE_NAME}\` with credentials allowed iam:GetRole and iam:SimulatePrincipalPolicy; it exits 1 when a check fails.`,
    ],
    'src/core/deploy/render-verify.ts',
  );
  return renderShScript(header, [
    `role_name=${shellQuote(deployment.role.roleName)}`,
    FUNCTIONS,
    '',
    'if ! role_arn=$(aws iam get-role --role-name="$role_name" --query=Role.Arn --output=text); then',
    '  echo "FAIL: cannot read the role $role_name."',
    '  exit 1',
    'fi',
    'echo "Checking $role_arn"',
    ...trustLines(deployment.role.externalId),
    ...buildVerificationPlan(deployment).flatMap(checkLines),
    '',
    'if [ "$failures" -eq 0 ]; then',
    '  echo "PASS: all $checks checks passed."',
    '  exit 0',
    'fi',
    'echo "FAIL: $failures of $checks checks failed."',
    'exit 1',
  ]);
}
