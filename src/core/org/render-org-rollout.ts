/**
 * `cloudcraft-org-rollout.sh`: deploys the role to every account of an AWS Organization with a
 * service-managed CloudFormation StackSet (automatic deployment to accounts that join later), and to
 * the management account with a plain stack, since StackSets never deploy there. Re-running it
 * updates what it created. https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/stacksets-orgs-manage-auto-deployment.html
 */
import { renderCommentHeader, type Deployment } from '../deploy/deployment';
import { renderShScript } from '../deploy/sh-script';
import { shellQuote } from '../deploy/shell-quote';
import { EXTERNAL_ID_PATTERN, ROLE_NAME_PATTERN, ACCOUNT_ID_PATTERN } from '../role';
import {
  DEFAULT_ROLLOUT_REGION,
  DEFAULT_STACK_SET_NAME,
  REGION_PATTERN,
  STACK_SET_NAME_PATTERN,
} from './org-inputs';
import { buildRolloutTemplate } from './rollout-template';
import {
  ere,
  SH_CHECK_TARGETS,
  SH_MATCHES,
  SH_NEED,
  SH_TEMP_DIR,
  shFailFunctions,
  shWriteFile,
} from './sh-lib';

/** The file name to download the script as. */
export const ORG_ROLLOUT_FILE_NAME = 'cloudcraft-org-rollout.sh';

/** How the script is called. */
export const ORG_ROLLOUT_USAGE = `Usage: sh ${ORG_ROLLOUT_FILE_NAME} --ou ID[,ID...] [--external-id VALUE] [--stack-set-name NAME] [--region REGION] [--call-as SELF|DELEGATED_ADMIN] [--skip-management-account]`;

/** StackSet operations: half the accounts at once, stop when more than a tenth fail. */
export const OPERATION_PREFERENCES =
  'RegionConcurrencyType=PARALLEL,MaxConcurrentPercentage=50,FailureTolerancePercentage=10';

function settings(deployment: Deployment): string {
  const { role } = deployment;
  return `usage=${shellQuote(ORG_ROLLOUT_USAGE)}
role_name=${shellQuote(role.roleName)}
cloudcraft_account_id=${shellQuote(role.accountId)}
external_id=${shellQuote(role.externalId)}
stack_set_name=${shellQuote(DEFAULT_STACK_SET_NAME)}
region=${shellQuote(DEFAULT_ROLLOUT_REGION)}
call_as=SELF
targets=''
skip_management=false`;
}

const PARSE_ARGUMENTS = `# need OPTION COUNT: an option's value is missing when fewer than 2 arguments are left.
${SH_NEED}
while [ "$#" -gt 0 ]; do
  case $1 in
    --ou) need "$1" "$#"; targets="\${targets:+$targets,}$2"; shift 2 ;;
    --ou=*) targets="\${targets:+$targets,}\${1#*=}"; shift ;;
    --external-id) need "$1" "$#"; external_id=$2; shift 2 ;;
    --external-id=*) external_id=\${1#*=}; shift ;;
    --stack-set-name) need "$1" "$#"; stack_set_name=$2; shift 2 ;;
    --stack-set-name=*) stack_set_name=\${1#*=}; shift ;;
    --region) need "$1" "$#"; region=$2; shift 2 ;;
    --region=*) region=\${1#*=}; shift ;;
    --call-as) need "$1" "$#"; call_as=$2; shift 2 ;;
    --call-as=*) call_as=\${1#*=}; shift ;;
    --skip-management-account) skip_management=true; shift ;;
    -h | --help) printf '%s\\n' "$usage"; exit 0 ;;
    *) usage_error "unknown argument: $1" ;;
  esac
done`;

function validation(): string {
  return `[ -n "$targets" ] || usage_error '--ou is required: the OU ids (ou-...) or the root id (r-...) to deploy to'
${SH_CHECK_TARGETS}
[ -n "$external_id" ] || usage_error 'the External ID is required: pass --external-id with the value Cloudcraft shows in Add AWS account'
if ! matches ${shellQuote(ere(EXTERNAL_ID_PATTERN.replace('{2,1224}', '+')))} "$external_id" ||
  [ "\${#external_id}" -lt 2 ] || [ "\${#external_id}" -gt 1224 ]; then
  usage_error 'the External ID is 2 to 1,224 letters, digits and + = , . @ : / - _ characters'
fi
matches ${shellQuote(ere(ROLE_NAME_PATTERN))} "$role_name" || usage_error 'the role name is 1 to 64 letters, digits and + = , . @ - _ characters'
matches ${shellQuote(ere(ACCOUNT_ID_PATTERN))} "$cloudcraft_account_id" || usage_error "Cloudcraft's account ID is 12 digits"
matches ${shellQuote(ere(STACK_SET_NAME_PATTERN))} "$stack_set_name" ||
  usage_error 'a StackSet name is a letter, then up to 127 letters, digits and hyphens'
matches ${shellQuote(ere(REGION_PATTERN))} "$region" || usage_error "\\"$region\\" is not an AWS region name such as us-east-1"
case $call_as in
  SELF | DELEGATED_ADMIN) ;;
  *) usage_error '--call-as is SELF (the management account) or DELEGATED_ADMIN (a delegated StackSets administrator)' ;;
esac`;
}

const INPUT_FILES = `printf '[{"ParameterKey":"ExternalId","ParameterValue":"%s"},{"ParameterKey":"RoleName","ParameterValue":"%s"},{"ParameterKey":"CloudcraftAccountId","ParameterValue":"%s"}]\\n' \\
  "$external_id" "$role_name" "$cloudcraft_account_id" >"$tmp/parameters.json"`;

const STACK_SETS = `# stack_sets COMMAND ARGS...: a StackSets call in the rollout's region, as the caller says.
stack_sets() {
  command=$1
  shift
  aws cloudformation "$command" --region="$region" --call-as="$call_as" "$@"
}

# report: one line per account the StackSet has deployed to in the region, with its status.
report() {
  stack_sets list-stack-instances --stack-set-name="$stack_set_name" --stack-instance-region="$region" \\
    --query='Summaries[].[Account,Region,StackInstanceStatus.DetailedStatus || Status,StatusReason]' \\
    --output=text |
    while IFS="$(printf '\\t')" read -r account account_region status reason; do
      [ "$reason" != None ] || reason=''
      printf '  account %s in %s: %s%s\\n' "$account" "$account_region" "$status" "\${reason:+ ($reason)}"
    done
}

# wait_for OPERATION_ID WHAT: polls the operation until it ends, then reports every account.
wait_for() {
  polls=0
  while :; do
    status=$(stack_sets describe-stack-set-operation --stack-set-name="$stack_set_name" --operation-id="$1" \\
      --query=StackSetOperation.Status --output=text) || fail "cannot read the StackSet operation $1 ($2)"
    case $status in
      SUCCEEDED) break ;;
      FAILED | STOPPED)
        report || true
        fail "the StackSet operation $1 ($2) ended $status: see the accounts above"
        ;;
    esac
    polls=$((polls + 1))
    [ "$polls" -lt 360 ] || fail "the StackSet operation $1 ($2) is still $status after an hour"
    sleep 10
  done
  echo "$2: done"
  report
}`;

const CALLER = `caller=$(aws sts get-caller-identity --query=Account --output=text) ||
  fail 'cannot read the caller identity: are AWS credentials set?'
if [ "$call_as" = SELF ]; then
  management=$(aws organizations describe-organization --query=Organization.MasterAccountId --output=text) ||
    fail 'cannot read the organization: run this in its management account, or with --call-as DELEGATED_ADMIN in a delegated StackSets administrator'
  [ "$caller" = "$management" ] ||
    fail "account $caller is not the management account ($management): run this there, or pass --call-as DELEGATED_ADMIN from a delegated StackSets administrator"
fi
echo "Rolling out role $role_name with StackSet $stack_set_name in $region (IAM is global: one region is enough) from account $caller."`;

// An AWS CLI from before mid-2023 (Debian 12's v2.9, say) lacks describe-organizations-access: the
// script says so and goes on; if trusted access is off, creating the StackSet fails with AWS's reason.
const TRUSTED_ACCESS = `if ! access=$(stack_sets describe-organizations-access --query=Status --output=text 2>"$tmp/error"); then
  case $(cat "$tmp/error") in
    *'Invalid choice'*)
      echo "Warning: this AWS CLI ($(aws --version 2>&1 | cut -d' ' -f1)) predates describe-organizations-access, so trusted access for StackSets is not checked; if the StackSet cannot be created, activate it in the CloudFormation console (StackSets, Activate trusted access) or update the AWS CLI." >&2
      access=UNKNOWN
      ;;
    *)
      cat "$tmp/error" >&2
      fail 'cannot read whether StackSets has trusted access to AWS Organizations'
      ;;
  esac
fi
if [ "$access" != ENABLED ] && [ "$access" != UNKNOWN ]; then
  echo 'Activating trusted access for CloudFormation StackSets in AWS Organizations.'
  aws cloudformation activate-organizations-access --region="$region" ||
    fail 'cannot activate trusted access for StackSets: the management account must do it once (CloudFormation console, StackSets, Activate trusted access)'
fi`;

const STACK_SET = `if ! missing=$(stack_sets describe-stack-set --stack-set-name="$stack_set_name" --query=StackSet.Status --output=text 2>&1); then
  case $missing in
    *StackSetNotFound*) ;;
    *) fail "cannot read the StackSet $stack_set_name: $missing" ;;
  esac
  echo "Creating the StackSet $stack_set_name (service-managed, deploys automatically to accounts that join the OUs)."
  stack_sets create-stack-set --stack-set-name="$stack_set_name" \\
    --description='Read-only IAM role for Cloudcraft, in every account of the organization.' \\
    --template-body="file://$tmp/template" --parameters="file://$tmp/parameters.json" \\
    --capabilities=CAPABILITY_NAMED_IAM --permission-model=SERVICE_MANAGED \\
    --auto-deployment=Enabled=true,RetainStacksOnAccountRemoval=false >/dev/null ||
    fail "cannot create the StackSet $stack_set_name"
else
  echo "Updating the StackSet $stack_set_name and the stacks it has deployed."
  operation=$(stack_sets update-stack-set --stack-set-name="$stack_set_name" \\
    --template-body="file://$tmp/template" --parameters="file://$tmp/parameters.json" \\
    --capabilities=CAPABILITY_NAMED_IAM --permission-model=SERVICE_MANAGED \\
    --auto-deployment=Enabled=true,RetainStacksOnAccountRemoval=false \\
    --operation-preferences=${OPERATION_PREFERENCES} --query=OperationId --output=text) ||
    fail "cannot update the StackSet $stack_set_name"
  wait_for "$operation" 'update of the existing stacks'
fi`;

const INSTANCES = `# inactive_accounts: the closed or suspended accounts under the targets, nested OUs included.
# StackSets would try to deploy to them and fail, so the deployment leaves them out.
inactive_accounts() {
  queue=$targets
  while [ -n "$queue" ]; do
    parent=\${queue%%,*}
    if [ "$parent" = "$queue" ]; then queue=''; else queue=\${queue#*,}; fi
    aws organizations list-accounts-for-parent --parent-id="$parent" \\
      --query="Accounts[?(State || Status) != 'ACTIVE'].Id" --output=text || return 1
    children=$(aws organizations list-organizational-units-for-parent --parent-id="$parent" \\
      --query='OrganizationalUnits[].Id' --output=text) || return 1
    for child in $children; do queue="\${queue:+$queue,}$child"; done
  done
}
targets_json=$(printf '%s' "$targets" | sed 's/,/","/g')
if inactive_accounts >"$tmp/inactive"; then
  inactive=$(tr -s '\\t\\n' '  ' <"$tmp/inactive" | sed 's/^ //; s/ $//')
else
  inactive=''
  echo 'Warning: cannot list the accounts under the OUs; closed or suspended ones, if any, will fail their deployment.' >&2
fi
if [ -n "$inactive" ]; then
  echo "Leaving out closed or suspended accounts: $inactive."
  accounts_json=$(printf '%s' "$inactive" | sed 's/ /","/g')
  printf '{"OrganizationalUnitIds":["%s"],"Accounts":["%s"],"AccountFilterType":"DIFFERENCE"}\\n' \\
    "$targets_json" "$accounts_json" >"$tmp/targets.json"
else
  printf '{"OrganizationalUnitIds":["%s"]}\\n' "$targets_json" >"$tmp/targets.json"
fi
echo "Deploying to the accounts of $targets in $region."
operation=$(stack_sets create-stack-instances --stack-set-name="$stack_set_name" \\
  --deployment-targets="file://$tmp/targets.json" --regions="$region" \\
  --operation-preferences=${OPERATION_PREFERENCES} --query=OperationId --output=text) ||
  fail "cannot create the stack instances for $targets"
wait_for "$operation" "deployment to $targets"`;

const MANAGEMENT_STACK = `if [ "$skip_management" = true ]; then
  echo 'Skipped the management account (--skip-management-account).'
elif [ "$call_as" = DELEGATED_ADMIN ]; then
  echo 'StackSets never deploy to the management account, and this is a delegated administrator: create the role there with the CloudFormation template, or run this script there with --call-as SELF.'
elif aws cloudformation describe-stacks --region="$region" --stack-name="$stack_set_name" >/dev/null 2>&1; then
  echo "Updating the stack $stack_set_name in the management account."
  if ! out=$(aws cloudformation update-stack --region="$region" --stack-name="$stack_set_name" \\
    --template-body="file://$tmp/template" --parameters="file://$tmp/parameters.json" \\
    --capabilities=CAPABILITY_NAMED_IAM 2>&1); then
    case $out in
      *'No updates are to be performed'*) echo 'The management account is up to date.' ;;
      *) fail "cannot update the stack $stack_set_name in the management account: $out" ;;
    esac
  else
    aws cloudformation wait stack-update-complete --region="$region" --stack-name="$stack_set_name" ||
      fail "the stack $stack_set_name in the management account did not update: see its events in the CloudFormation console"
  fi
else
  echo "Creating the stack $stack_set_name in the management account (StackSets never deploy there)."
  aws cloudformation create-stack --region="$region" --stack-name="$stack_set_name" \\
    --template-body="file://$tmp/template" --parameters="file://$tmp/parameters.json" \\
    --capabilities=CAPABILITY_NAMED_IAM >/dev/null ||
    fail "cannot create the stack $stack_set_name in the management account"
  aws cloudformation wait stack-create-complete --region="$region" --stack-name="$stack_set_name" ||
    fail "the stack $stack_set_name in the management account was not created: see its events in the CloudFormation console"
fi
echo "Done: role $role_name is in every account of $targets (and in accounts that join later)."`;

/** Renders the rollout script for a deployment; its template is the page's CloudFormation output. */
export function renderOrgRollout(deployment: Deployment): string {
  const template = buildRolloutTemplate(deployment);
  const header = renderCommentHeader(
    deployment,
    [
      'Deploys the role Cloudcraft assumes to every account of an AWS Organization with a service-managed CloudFormation StackSet, and to the management account with a plain stack.',
      `Run it in AWS CloudShell in the management account (or a delegated StackSets administrator, with --call-as DELEGATED_ADMIN): ${ORG_ROLLOUT_USAGE.replace('Usage: ', '')}`,
      `One region only (default ${DEFAULT_ROLLOUT_REGION}): IAM is global, so a second region would collide on the role name. Running it again updates the StackSet and the stack.`,
    ],
    'src/core/org/render-org-rollout.ts',
  );
  return renderShScript(header, [
    settings(deployment),
    shFailFunctions('cloudcraft-org-rollout'),
    SH_MATCHES,
    PARSE_ARGUMENTS,
    validation(),
    '',
    SH_TEMP_DIR,
    `# The role's CloudFormation template (${template.format.toUpperCase()}, ${template.bytes} bytes), as the page shows it.`,
    shWriteFile('"$tmp/template"', template.text),
    INPUT_FILES,
    '',
    STACK_SETS,
    '',
    CALLER,
    TRUSTED_ACCESS,
    STACK_SET,
    INSTANCES,
    MANAGEMENT_STACK,
  ]);
}
