/**
 * A POSIX sh script that applies an upgrade as the new default version of the existing managed
 * policy: when the policy already keeps IAM's 5 versions, it first deletes the oldest one that is not
 * the default, saying so. Checking the new policy with IAM Access Analyzer is an optional, separate
 * command in the comments (it is charged per check). Values go to options as `--option=value`.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-versioning.html
 * https://docs.aws.amazon.com/cli/latest/reference/iam/create-policy-version.html
 * https://docs.aws.amazon.com/cli/latest/reference/accessanalyzer/check-no-new-access.html
 */
import { MANAGED_POLICY_LIMIT } from '../../policy-parts';
import { shellQuote } from '../../deploy/shell-quote';
import { formatCount } from '../../count-text';
import type { PolicyUpgrade } from './upgrade';

/** Where the script reads from; every value is shell-quoted. */
export interface UpgradeCliOptions {
  /** The managed policy's ARN; without it the script takes the ARN as its argument. */
  policyArn?: string;
  /** The new policy's file (default `cloudcraft-policy.json`). */
  newPolicyFile?: string;
  /** The pasted policy's file (default `current-policy.json`). */
  currentPolicyFile?: string;
}

/** The file name to download the script as. */
export const UPGRADE_SCRIPT_FILE_NAME = 'upgrade-cloudcraft-policy.sh';

/** IAM keeps at most this many versions of a managed policy. */
export const MAX_POLICY_VERSIONS = 5;

/** JMESPath: the oldest version that is not the default, the one to delete to make room. */
export const OLDEST_VERSION_QUERY =
  'sort_by(Versions[?!IsDefaultVersion], &CreateDate)[0].VersionId';

/** Why a string is not a customer managed policy ARN, or `undefined` when it is one. */
export function policyArnError(arn: string): string | undefined {
  return /^arn:aws[\w-]*:iam::\d{12}:policy\/[\w+=,.@/-]{1,512}$/.test(arn)
    ? undefined
    : 'A managed policy ARN looks like arn:aws:iam::123456789012:policy/Cloudcraft.';
}

function header(upgrade: PolicyUpgrade, arnKnown: boolean, next: string): string[] {
  const { edition } = upgrade;
  const run = arnKnown
    ? `sh ${UPGRADE_SCRIPT_FILE_NAME}`
    : `sh ${UPGRADE_SCRIPT_FILE_NAME} POLICY_ARN`;
  const lines = [
    '#!/bin/sh',
    `# Upgrades the Cloudcraft policy to ${edition.label} (${edition.date}): adds ${formatCount(upgrade.added.length)} actions, removes ${formatCount(upgrade.removed.length)}.`,
    `# Run \`${run}\` beside ${next} (the new policy),`,
    '# with credentials allowed iam:ListPolicyVersions, iam:DeletePolicyVersion and iam:CreatePolicyVersion.',
  ];
  if (!arnKnown) {
    lines.push(
      "# POLICY_ARN is the policy's ARN; this lists your policies named Cloudcraft:",
      `#   aws iam list-policies --scope=Local --query="Policies[?PolicyName=='Cloudcraft'].Arn" --output=text`,
    );
  }
  if (!upgrade.fitsOneManagedPolicy) {
    lines.push(
      `# Warning: the new policy is ${formatCount(upgrade.size)} characters without white space, more than the ${formatCount(MANAGED_POLICY_LIMIT)} a managed`,
      '# policy holds, so create-policy-version will fail: use the published (wildcard) form or split the policy.',
    );
  }
  return lines;
}

function accessAnalyzerLines(upgrade: PolicyUpgrade, current: string, next: string): string[] {
  const expect =
    upgrade.added.length > 0
      ? `#   It reports FAIL here: the new policy adds ${formatCount(upgrade.added.length)} actions; the reasons name the statements that add them.`
      : '#   It reports PASS here: the new policy only removes access.';
  return [
    '',
    '# Optional, before running this script: what does the new policy grant that the current one does',
    '# not? IAM Access Analyzer answers (it charges per check; this script does not run it):',
    '#   aws accessanalyzer check-no-new-access --policy-type=IDENTITY_POLICY \\',
    `#     --new-policy-document=${shellQuote(`file://${next}`)} \\`,
    `#     --existing-policy-document=${shellQuote(`file://${current}`)}`,
    expect,
  ];
}

function argumentLines(arn: string | undefined, next: string): string[] {
  const usage = `Usage: sh ${UPGRADE_SCRIPT_FILE_NAME} POLICY_ARN (arn:aws:iam::123456789012:policy/Cloudcraft).`;
  const arnLines =
    arn === undefined
      ? [
          'policy_arn=${1:-}',
          'case $policy_arn in',
          '  arn:aws*:iam::*:policy/*) ;;',
          `  *) echo ${shellQuote(usage)} >&2; exit 2 ;;`,
          'esac',
        ]
      : [`policy_arn=${shellQuote(arn)}`];
  return [
    ...arnLines,
    `new_policy=${shellQuote(next)}`,
    'if [ ! -f "$new_policy" ]; then',
    '  echo "$new_policy is missing: download the new policy next to this script." >&2',
    '  exit 2',
    'fi',
  ];
}

const APPLY_LINES = [
  '',
  `# 1. IAM keeps at most ${MAX_POLICY_VERSIONS} versions of a policy: with ${MAX_POLICY_VERSIONS}, delete the oldest that is not the default.`,
  'versions=$(aws iam list-policy-versions --policy-arn="$policy_arn" --query=\'length(Versions)\' --output=text)',
  `if [ "$versions" -ge ${MAX_POLICY_VERSIONS} ]; then`,
  `  oldest=$(aws iam list-policy-versions --policy-arn="$policy_arn" --query=${shellQuote(OLDEST_VERSION_QUERY)} --output=text)`,
  `  echo "The policy keeps ${MAX_POLICY_VERSIONS} versions, the most IAM allows: deleting $oldest, the oldest that is not the default."`,
  '  aws iam delete-policy-version --policy-arn="$policy_arn" --version-id="$oldest"',
  'fi',
  '',
  '# 2. Make the new policy the default version; Cloudcraft uses it from its next scan.',
  'version=$(aws iam create-policy-version --policy-arn="$policy_arn" \\',
  '  --policy-document="file://$new_policy" --set-as-default \\',
  '  --query=PolicyVersion.VersionId --output=text)',
  'echo "Version $version of $policy_arn is now the default: Cloudcraft uses it from its next scan."',
];

/** Renders the upgrade script: checks its inputs, makes room for a version, creates it as default. */
export function renderUpgradeCli(upgrade: PolicyUpgrade, options: UpgradeCliOptions = {}): string {
  const current = options.currentPolicyFile ?? 'current-policy.json';
  const next = options.newPolicyFile ?? 'cloudcraft-policy.json';
  const arn = options.policyArn?.trim() || undefined;
  return [
    ...header(upgrade, arn !== undefined, next),
    ...accessAnalyzerLines(upgrade, current, next),
    '',
    'set -eu',
    "export AWS_PAGER=''",
    '',
    ...argumentLines(arn, next),
    ...APPLY_LINES,
    '',
  ].join('\n');
}
