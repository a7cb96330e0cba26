/**
 * A POSIX sh script that moves a role off AWS managed baselines (`ReadOnlyAccess`, what Cloudcraft's
 * in-app setup attaches) onto the page's least-privilege policy, in the order that never leaves the
 * role without access: create each policy part (or, when it exists, make the page's document its
 * default version), attach it, check that every part is attached, and only then detach the
 * baselines. Running it again changes nothing and says so; any failure stops it before the detach.
 * Values go to options as `--option=value`.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_manage-attach-detach.html
 */
import { BASELINE_POLICIES, type BaselineName } from '../../../catalog/baseline-policies';
import {
  listDeployedPolicies,
  renderCommentHeader,
  type Deployment,
} from '../../deploy/deployment';
import { renderShScript } from '../../deploy/sh-script';
import { shellQuote } from '../../deploy/shell-quote';
import { byCount, plural } from '../../count-text';
import { renderPolicyJson } from '../../render-policy-json';
import { MAX_POLICY_VERSIONS, OLDEST_VERSION_QUERY } from '../analysis/render-upgrade-cli';

/** The file name to download the script as: `move-off-readonlyaccess.sh`. */
export function moveOffFileName(baselines: readonly BaselineName[]): string {
  return `move-off-${baselines.map((b) => b.toLowerCase()).join('-')}.sh`;
}

/** `ReadOnlyAccess`, `ReadOnlyAccess and SecurityAudit`. */
export function baselineList(baselines: readonly BaselineName[]): string {
  const names = [...baselines];
  const last = names.pop() ?? '';
  return names.length > 0 ? `${names.join(', ')} and ${last}` : last;
}

const PERMISSIONS =
  'iam:GetRole, iam:GetPolicy, iam:GetPolicyVersion, iam:ListPolicyVersions, iam:DeletePolicyVersion, iam:CreatePolicy, iam:CreatePolicyVersion, iam:ListAttachedRolePolicies, iam:AttachRolePolicy and iam:DetachRolePolicy';

const FUNCTIONS = [
  '',
  "# read_attached: the ARNs of the role's managed policies, in $attached, each between spaces.",
  'read_attached() {',
  '  list=$(aws iam list-attached-role-policies --role-name="$role_name" \\',
  "    --query='AttachedPolicies[].PolicyArn' --output=text)",
  "  attached=\" $(printf '%s' \"$list\" | tr '\\t\\n' '  ') \"",
  '}',
  '',
  '# is_attached ARN: true when the role had the policy at the last read_attached.',
  'is_attached() {',
  '  case $attached in',
  '    *" $1 "*) return 0 ;;',
  '  esac',
  '  return 1',
  '}',
  '',
  '# update_policy ARN NAME DOCUMENT VERSION: makes DOCUMENT the default version, unless it is.',
  'update_policy() {',
  '  same=$(aws iam get-policy-version --policy-arn="$1" --version-id="$4" \\',
  '    --query="PolicyVersion.Document == \\`$3\\`" --output=text)',
  '  if [ "$same" = True ]; then',
  '    echo "Policy $2 already holds this document: kept."',
  '    return',
  '  fi',
  '  versions=$(aws iam list-policy-versions --policy-arn="$1" --query=\'length(Versions)\' --output=text)',
  `  if [ "$versions" -ge ${MAX_POLICY_VERSIONS} ]; then`,
  `    oldest=$(aws iam list-policy-versions --policy-arn="$1" --query=${shellQuote(OLDEST_VERSION_QUERY)} --output=text)`,
  `    echo "Policy $2 keeps ${MAX_POLICY_VERSIONS} versions, the most IAM allows: deleting $oldest, the oldest that is not the default."`,
  '    aws iam delete-policy-version --policy-arn="$1" --version-id="$oldest"',
  '  fi',
  '  aws iam create-policy-version --policy-arn="$1" --policy-document="$3" --set-as-default \\',
  '    --query=PolicyVersion.VersionId --output=text >/dev/null',
  '  echo "Policy $2 existed: its new default version holds this document."',
  '}',
  '',
  '# put_policy NAME DESCRIPTION DOCUMENT: creates the policy (or updates it) and attaches it.',
  'put_policy() {',
  '  arn="arn:$partition:iam::$account:policy/$1"',
  '  if version=$(aws iam get-policy --policy-arn="$arn" \\',
  '    --query=Policy.DefaultVersionId --output=text 2>/dev/null); then',
  '    update_policy "$arn" "$1" "$3" "$version"',
  '  else',
  '    aws iam create-policy --policy-name="$1" --description="$2" --policy-document="$3" \\',
  '      --query=Policy.Arn --output=text >/dev/null',
  '    echo "Created policy $1."',
  '  fi',
  '  if is_attached "$arn"; then',
  '    echo "Policy $1 is already attached to $role_name."',
  '  else',
  '    aws iam attach-role-policy --role-name="$role_name" --policy-arn="$arn"',
  '    echo "Attached policy $1 to $role_name."',
  '  fi',
  '}',
  '',
  '# detach NAME PATH: detaches the AWS managed policy when the role has it.',
  'detach() {',
  '  arn="arn:$partition:iam::aws:policy$2$1"',
  '  if is_attached "$arn"; then',
  '    aws iam detach-role-policy --role-name="$role_name" --policy-arn="$arn"',
  '    echo "Detached $1 from $role_name."',
  '  else',
  '    echo "$1 is not attached to $role_name (already detached)."',
  '  fi',
  '}',
];

const ROLE_LINES = [
  '',
  '# 1. The role must exist; its ARN gives the partition and account to create the policies in.',
  'role_arn=$(aws iam get-role --role-name="$role_name" --query=Role.Arn --output=text)',
  'partition=${role_arn#arn:}',
  'partition=${partition%%:*}',
  'account=${role_arn#arn:"$partition":iam::}',
  'account=${account%%:*}',
  'read_attached',
];

/** Renders the script for a deployment (the page's policy) and the role's baselines. */
export function renderMoveOffScript(
  deployment: Deployment,
  roleName: string,
  baselines: readonly BaselineName[],
): string {
  const parts = listDeployedPolicies(deployment);
  const off = baselineList(baselines);
  const is = byCount(baselines.length, 'is', 'are');
  const stays = byCount(baselines.length, 'stays', 'stay');
  const header = renderCommentHeader(
    deployment,
    [
      `Moves the role ${roleName} off ${off} onto Cloudcraft's least-privilege policy (${plural(parts.length, 'managed policy', 'managed policies')}): creates and attaches the policy first, checks it is attached, and detaches ${off} last.`,
      `Run \`sh ${moveOffFileName(baselines)}\` with credentials allowed ${PERMISSIONS}. Running it again is safe; any failure stops it before ${off} ${is} detached.`,
    ],
    'src/core/audit/account/render-move-off.ts',
  );
  return renderShScript(header, [
    `role_name=${shellQuote(roleName)}`,
    ...FUNCTIONS,
    ...ROLE_LINES,
    '',
    `# 2. Cloudcraft's policy: ${plural(parts.length, 'part')}, each created or updated, then attached.`,
    ...parts.map(
      (p) =>
        `put_policy ${shellQuote(p.name)} ${shellQuote(p.description)} ${shellQuote(renderPolicyJson(p.document, { minify: true }))}`,
    ),
    '',
    `# 3. Every part must be attached before ${off} ${is} detached.`,
    'read_attached',
    'check_attached() {',
    '  if ! is_attached "arn:$partition:iam::$account:policy/$1"; then',
    `    echo "Policy $1 is not attached to $role_name, so ${off} ${stays} attached." >&2`,
    '    exit 1',
    '  fi',
    '}',
    ...parts.map((p) => `check_attached ${shellQuote(p.name)}`),
    '',
    `# 4. Only now detach ${off}.`,
    ...baselines.map((name) => {
      const path = BASELINE_POLICIES.find((p) => p.name === name)?.path ?? '/';
      return `detach ${shellQuote(name)} ${shellQuote(path)}`;
    }),
    `echo "Role $role_name now has Cloudcraft's least-privilege policy instead of ${off}: Cloudcraft uses it from its next scan."`,
  ]);
}
