/**
 * Shell text the organization scripts share: POSIX sh only (they run in AWS CloudShell's bash and in
 * any sh), AWS CLI v1 and v2 alike (no v2-only options: `AWS_PAGER=''` instead of
 * `--no-cli-pager`), every option value passed as `--option=VALUE` so a value starting with `-`
 * cannot be read as another option.
 */
import { shellQuote } from '../deploy/shell-quote';
import { ORGANIZATION_TARGET_PATTERN } from './org-inputs';

/** `fail` and `usage_error` print one clear line (and the usage) and stop the script. */
export function shFailFunctions(script: string): string {
  return `fail() {
  printf '%s: %s\\n' ${script} "$1" >&2
  exit 1
}
usage_error() {
  printf '%s: %s\\n%s\\n' ${script} "$1" "$usage" >&2
  exit 2
}`;
}

/**
 * \`matches ERE VALUE\`: true when the whole value, one line, matches the extended regular expression
 * (in the C locale, so ranges mean ASCII).
 */
export const SH_MATCHES = `matches() {
  case $2 in *'
'*) return 1 ;; esac
  printf '%s\\n' "$2" | LC_ALL=C grep -Eq "$1"
}`;

/** `need OPTION COUNT`: stops with a usage line when an option's value is missing. */
export const SH_NEED = `need() {
  [ "$2" -ge 2 ] || usage_error "$1 needs a value"
}`;

/** Checks each of the comma-separated `$targets`: an OU id or a root id. */
export const SH_CHECK_TARGETS = `old_ifs=$IFS
IFS=,
set -f
for target in $targets; do
  matches ${shellQuote(ere(ORGANIZATION_TARGET_PATTERN))} "$target" ||
    usage_error "\\"$target\\" is not an OU id (ou-xxxx-xxxxxxxx) or a root id (r-xxxx)"
done
set +f
IFS=$old_ifs`;

/** A private temporary directory, removed on exit, Ctrl-C or kill. */
export const SH_TEMP_DIR = `umask 077
tmp=$(mktemp -d) || fail 'cannot create a temporary directory'
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM`;

/** The delimiter of a here-document holding a generated file; the file never holds this line. */
const HEREDOC_END = 'CLOUDCRAFT_END_OF_FILE';

/** A here-document that writes `text` to `path` byte for byte (a quoted delimiter expands nothing). */
export function shWriteFile(path: string, text: string): string {
  if (text.split('\n').includes(HEREDOC_END))
    throw new Error('the file holds the heredoc delimiter');
  return `cat >${path} <<'${HEREDOC_END}'\n${text.replace(/\n$/, '')}\n${HEREDOC_END}`;
}

/**
 * A JavaScript `^...$` pattern of role.ts or org-inputs.ts as a POSIX extended regular expression:
 * `\d` becomes `[0-9]`, and `\w`, used only inside brackets there, becomes `A-Za-z0-9_`.
 */
export function ere(pattern: string): string {
  return pattern.replace(/\\d/g, '[0-9]').replace(/\\w/g, 'A-Za-z0-9_');
}
