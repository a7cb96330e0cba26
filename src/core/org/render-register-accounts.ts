/**
 * `cloudcraft-register-accounts.sh`: adds every active account of an AWS Organization (or of some
 * OUs) to Cloudcraft through its API, skipping role ARNs Cloudcraft already has. The API key comes
 * from the environment and reaches curl through a mode-600 config file, never a command line; the
 * script keeps under Cloudcraft's 20 requests per 10 seconds and retries 429 and 5xx answers.
 * https://docs.datadoghq.com/cloudcraft/api/aws-accounts/
 */
import { renderCommentHeader, type Deployment } from '../deploy/deployment';
import { renderShScript } from '../deploy/sh-script';
import { shellQuote } from '../deploy/shell-quote';
import { ROLE_NAME_PATTERN } from '../role';
import { DEFAULT_ROLLOUT_REGION, REGION_PATTERN } from './org-inputs';
import { ere, SH_CHECK_TARGETS, SH_MATCHES, SH_NEED, SH_TEMP_DIR, shFailFunctions } from './sh-lib';

/** The file name to download the script as. */
export const REGISTER_ACCOUNTS_FILE_NAME = 'cloudcraft-register-accounts.sh';

/** How the script is called. */
export const REGISTER_ACCOUNTS_USAGE = `Usage: sh ${REGISTER_ACCOUNTS_FILE_NAME} [--ou ID]... [--role-name NAME] [--region REGION] [--dry-run]`;

/** Cloudcraft's API, unless `CLOUDCRAFT_API_URL` says otherwise. */
export const CLOUDCRAFT_API_URL = 'https://api.cloudcraft.co';

/** Cloudcraft's rate limit: requests per window, and the window in seconds. */
export const RATE_LIMIT = { requests: 20, seconds: 10 };

/** Attempts per request: the first and up to five retries of 429 and 5xx answers. */
export const MAX_ATTEMPTS = 6;

function settings(deployment: Deployment): string {
  return `usage=${shellQuote(REGISTER_ACCOUNTS_USAGE)}
role_name=${shellQuote(deployment.role.roleName)}
region=${shellQuote(DEFAULT_ROLLOUT_REGION)}
targets=''
dry_run=false
api_url=\${CLOUDCRAFT_API_URL:-${CLOUDCRAFT_API_URL}}`;
}

const PARSE_ARGUMENTS = `${SH_NEED}
while [ "$#" -gt 0 ]; do
  case $1 in
    --ou) need "$1" "$#"; targets="\${targets:+$targets,}$2"; shift 2 ;;
    --ou=*) targets="\${targets:+$targets,}\${1#*=}"; shift ;;
    --role-name) need "$1" "$#"; role_name=$2; shift 2 ;;
    --role-name=*) role_name=\${1#*=}; shift ;;
    --region) need "$1" "$#"; region=$2; shift 2 ;;
    --region=*) region=\${1#*=}; shift ;;
    --dry-run) dry_run=true; shift ;;
    -h | --help) printf '%s\\n' "$usage"; exit 0 ;;
    *) usage_error "unknown argument: $1" ;;
  esac
done`;

function validation(): string {
  return `${SH_CHECK_TARGETS}
matches ${shellQuote(ere(ROLE_NAME_PATTERN))} "$role_name" || usage_error 'a role name is 1 to 64 letters, digits and + = , . @ - _ characters'
matches ${shellQuote(ere(REGION_PATTERN))} "$region" || usage_error "\\"$region\\" is not an AWS region name such as us-east-1"
[ -n "\${CLOUDCRAFT_API_KEY:-}" ] ||
  fail 'set CLOUDCRAFT_API_KEY to a Cloudcraft API key (Cloudcraft: User settings, API keys); it is read from the environment and never printed'
matches '^[A-Za-z0-9._~+/=-]+$' "$CLOUDCRAFT_API_KEY" || fail 'CLOUDCRAFT_API_KEY holds characters an API key does not have'
matches '^(https://[A-Za-z0-9.-]+(:[0-9]+)?|http://(127\\.0\\.0\\.1|localhost)(:[0-9]+)?)(/[A-Za-z0-9._~/-]*)?$' "$api_url" ||
  fail 'CLOUDCRAFT_API_URL must be an https:// address (plain http only on this machine: 127.0.0.1 or localhost)'
api_url=\${api_url%/}
command -v curl >/dev/null || fail 'curl is needed (AWS CloudShell has it)'
command -v jq >/dev/null || fail 'jq is needed (AWS CloudShell has it)'`;
}

const HTTP = `# The API key goes to curl in a config file only this user can read: never on a command line.
printf 'header = "Authorization: Bearer %s"\\n' "$CLOUDCRAFT_API_KEY" >"$tmp/curl.conf"

# throttle: waits until a request keeps within ${RATE_LIMIT.requests} requests per ${RATE_LIMIT.seconds} seconds.
# stamps holds the start second of the latest ${RATE_LIMIT.requests}; one more second covers the clock's resolution.
stamps=''
throttle() {
  # shellcheck disable=SC2086 # word splitting of the stamps is wanted
  set -- $stamps
  if [ "$#" -ge ${RATE_LIMIT.requests} ]; then
    pause=$(($1 + ${RATE_LIMIT.seconds + 1} - $(date +%s)))
    [ "$pause" -le 0 ] || sleep "$pause"
    shift
  fi
  stamps="$* $(date +%s)"
}

# request METHOD PATH [BODY_FILE]: sets status (000 when unreachable); the answer is in $tmp/answer.
request() {
  throttle
  if [ -n "\${3:-}" ]; then
    printf 'header = "Content-Type: application/json"\\ndata-binary = "@%s"\\n' "$3" >"$tmp/body.conf"
  else
    : >"$tmp/body.conf"
  fi
  status=$(curl --silent --config "$tmp/curl.conf" --config "$tmp/body.conf" --request "$1" \\
    --url "$api_url$2" --header 'Accept: application/json' --output "$tmp/answer" \\
    --dump-header "$tmp/headers" --write-out '%{http_code}' </dev/null) || status=000
}

# call METHOD PATH [BODY_FILE]: request, retrying 429 (after Retry-After) and 5xx (with backoff).
call() {
  attempt=1
  backoff=1
  while :; do
    request "$@"
    case $status in
      429 | 5?? | 000) ;;
      *) return 0 ;;
    esac
    [ "$attempt" -lt ${MAX_ATTEMPTS} ] || return 0
    pause=$backoff
    if [ "$status" = 429 ]; then
      after=$(tr -d '\\r' <"$tmp/headers" | sed -n 's/^[Rr][Ee][Tt][Rr][Yy]-[Aa][Ff][Tt][Ee][Rr]: *\\([0-9][0-9]*\\) *$/\\1/p' | tail -n 1)
      [ -z "$after" ] || pause=$after
    fi
    [ "$pause" -le 120 ] || pause=120
    printf 'HTTP %s from Cloudcraft: retrying in %s s.\\n' "$status" "$pause" >&2
    sleep "$pause"
    attempt=$((attempt + 1))
    backoff=$((backoff * 2))
  done
}

# answer: the start of the last answer, on one line, for messages.
answer() {
  head -c 300 "$tmp/answer" 2>/dev/null | tr '\\n\\r' '  '
}`;

const ACCOUNTS = `partition=$(aws sts get-caller-identity --query=Arn --output=text) ||
  fail 'cannot read the caller identity: are AWS credentials set?'
partition=$(printf '%s' "$partition" | cut -d: -f2)
: >"$tmp/accounts.jsonl"
if [ -z "$targets" ]; then
  aws organizations list-accounts --query='Accounts[]' --output=json >"$tmp/listed.json" ||
    fail "cannot list the organization's accounts: run this in its management account or a delegated administrator"
  jq -c '.[]' "$tmp/listed.json" >>"$tmp/accounts.jsonl"
else
  # Every account under the OUs, nested OUs included.
  queue=$targets
  while [ -n "$queue" ]; do
    parent=\${queue%%,*}
    if [ "$parent" = "$queue" ]; then queue=''; else queue=\${queue#*,}; fi
    aws organizations list-accounts-for-parent --parent-id="$parent" --query='Accounts[]' --output=json >"$tmp/listed.json" ||
      fail "cannot list the accounts of $parent"
    jq -c '.[]' "$tmp/listed.json" >>"$tmp/accounts.jsonl"
    children=$(aws organizations list-organizational-units-for-parent --parent-id="$parent" \\
      --query='OrganizationalUnits[].Id' --output=text) || fail "cannot list the OUs under $parent"
    for child in $children; do queue="\${queue:+$queue,}$child"; done
  done
fi
# Active accounts only (State, or Status where the CLI is older), each once.
jq -c -s 'map(select((.State // .Status) == "ACTIVE")) | unique_by(.Id) | sort_by(.Name, .Id) | .[]' \\
  "$tmp/accounts.jsonl" >"$tmp/active.jsonl"
echo "$(wc -l <"$tmp/active.jsonl" | tr -d ' ') active accounts; role $role_name, verified by Cloudcraft in $region."`;

const REGISTERED = `call GET /aws/account
case $status in
  2??) ;;
  *) fail "cannot read the accounts Cloudcraft has: HTTP $status $(answer)" ;;
esac
jq -r '.accounts[]?.roleArn // empty' "$tmp/answer" >"$tmp/registered" ||
  fail 'the accounts Cloudcraft returned are not JSON'`;

const REGISTER = `registered=0
already=0
failed=0
planned=0
while IFS= read -r account; do
  id=$(printf '%s' "$account" | jq -r .Id)
  name=$(printf '%s' "$account" | jq -r .Name)
  role_arn="arn:$partition:iam::$id:role/$role_name"
  if grep -Fqx -- "$role_arn" "$tmp/registered"; then
    already=$((already + 1))
    printf 'already registered: %s (%s)\\n' "$name" "$id"
    continue
  fi
  if [ "$dry_run" = true ]; then
    planned=$((planned + 1))
    printf 'would register: %s (%s) as %s\\n' "$name" "$id" "$role_arn"
    continue
  fi
  printf '%s' "$account" | jq -c --arg roleArn "$role_arn" --arg region "$region" \\
    '{name: .Name, roleArn: $roleArn, region: $region}' >"$tmp/body.json"
  call POST /aws/account "$tmp/body.json"
  case $status in
    2??)
      registered=$((registered + 1))
      printf 'registered: %s (%s)\\n' "$name" "$id"
      ;;
    *)
      failed=$((failed + 1))
      printf 'failed: %s (%s): HTTP %s %s\\n' "$name" "$id" "$status" "$(answer)"
      ;;
  esac
done <"$tmp/active.jsonl"
[ "$dry_run" = false ] || echo "Dry run: $planned accounts would be registered; nothing was sent."
echo "registered $registered, already registered $already, failed $failed"
[ "$failed" -eq 0 ]`;

/** Renders the registration script; the role name defaults to the page's. */
export function renderRegisterAccounts(deployment: Deployment): string {
  const header = renderCommentHeader(
    deployment,
    [
      "Adds the organization's accounts to Cloudcraft through its API (a Pro plan feature), after the role is in every account.",
      `Run it in AWS CloudShell in the management account, with CLOUDCRAFT_API_KEY set: ${REGISTER_ACCOUNTS_USAGE.replace('Usage: ', '')}`,
      `It skips accounts whose role ARN Cloudcraft already has, keeps under ${RATE_LIMIT.requests} requests per ${RATE_LIMIT.seconds} seconds, retries 429 and 5xx answers, and ends with one line: registered N, already registered M, failed K.`,
    ],
    'src/core/org/render-register-accounts.ts',
  );
  return renderShScript(header, [
    settings(deployment),
    shFailFunctions('cloudcraft-register-accounts'),
    SH_MATCHES,
    PARSE_ARGUMENTS,
    validation(),
    '',
    SH_TEMP_DIR,
    HTTP,
    '',
    ACCOUNTS,
    REGISTERED,
    REGISTER,
  ]);
}
