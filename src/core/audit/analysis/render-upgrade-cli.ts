/**
 * The AWS CLI commands that apply an upgrade as the new default version of the existing managed
 * policy, after checking it against the current one with IAM Access Analyzer.
 * https://docs.aws.amazon.com/cli/latest/reference/iam/create-policy-version.html
 * https://docs.aws.amazon.com/cli/latest/reference/accessanalyzer/check-no-new-access.html
 */
import { MANAGED_POLICY_LIMIT } from '../../policy-parts';
import { shellQuote } from '../../deploy/shell-quote';
import { formatCount } from '../../count-text';
import type { PolicyUpgrade } from './upgrade';

/** Where the commands read from; every value is shell-quoted. */
export interface UpgradeCliOptions {
  /** The managed policy's ARN; a placeholder when unknown (get-policy-version output lacks it). */
  policyArn?: string;
  /** The new policy's file (default `cloudcraft-policy.json`). */
  newPolicyFile?: string;
  /** The pasted policy's file (default `current-policy.json`). */
  currentPolicyFile?: string;
}

/** The placeholder the user replaces with the policy's ARN. */
export const PLACEHOLDER_POLICY_ARN = 'arn:aws:iam::ACCOUNT_ID:policy/Cloudcraft';

/** Why a string is not a customer managed policy ARN, or `undefined` when it is one. */
export function policyArnError(arn: string): string | undefined {
  return /^arn:aws[\w-]*:iam::\d{12}:policy\/[\w+=,.@/-]{1,512}$/.test(arn)
    ? undefined
    : 'A managed policy ARN looks like arn:aws:iam::123456789012:policy/Cloudcraft.';
}

function header(
  upgrade: PolicyUpgrade,
  arnKnown: boolean,
  files: { current: string; next: string },
): string[] {
  const { edition } = upgrade;
  const lines = [
    `# Upgrade the Cloudcraft policy to ${edition.label} (${edition.date}): adds ${formatCount(upgrade.added.length)} actions, removes ${formatCount(upgrade.removed.length)}.`,
    `# ${files.current} holds the policy you pasted; ${files.next} holds the new policy.`,
  ];
  if (!upgrade.fitsOneManagedPolicy) {
    lines.push(
      `# Warning: the new policy is ${formatCount(upgrade.size)} characters without white space, more than the ${formatCount(MANAGED_POLICY_LIMIT)} a managed`,
      '# policy holds, so create-policy-version will fail: use the published (wildcard) form or split the policy.',
    );
  }
  if (!arnKnown) {
    lines.push(
      "# Replace ACCOUNT_ID, or the whole ARN, with your policy's ARN (get-policy-version output does not include it):",
      `# aws iam list-policies --scope Local --query "Policies[?PolicyName=='Cloudcraft'].Arn" --output text`,
    );
  }
  return lines;
}

/** Renders the commands: set the ARN, check for new access, make room for a version, create it. */
export function renderUpgradeCli(upgrade: PolicyUpgrade, options: UpgradeCliOptions = {}): string {
  const current = options.currentPolicyFile ?? 'current-policy.json';
  const next = options.newPolicyFile ?? 'cloudcraft-policy.json';
  const arn = options.policyArn?.trim() || undefined;
  const expect =
    upgrade.added.length > 0
      ? `#    FAIL is expected here: the new policy adds ${formatCount(upgrade.added.length)} actions; the result's reasons name the statements that add them.`
      : '#    PASS is expected here: the new policy only removes access.';
  return [
    ...header(upgrade, arn !== undefined, { current, next }),
    `POLICY_ARN=${shellQuote(arn ?? PLACEHOLDER_POLICY_ARN)}`,
    '',
    '# 1. Check what the new policy grants that the current one does not (Access Analyzer charges per check).',
    expect,
    'aws accessanalyzer check-no-new-access \\',
    `  --new-policy-document ${shellQuote(`file://${next}`)} \\`,
    `  --existing-policy-document ${shellQuote(`file://${current}`)} \\`,
    '  --policy-type IDENTITY_POLICY',
    '',
    '# 2. A managed policy keeps at most 5 versions. If it has 5, first delete the oldest one that is',
    '#    not the default: aws iam delete-policy-version --policy-arn "$POLICY_ARN" --version-id OLDEST_VERSION_ID',
    'aws iam list-policy-versions --policy-arn "$POLICY_ARN"',
    '',
    '# 3. Make the new policy the default version; Cloudcraft uses it from its next scan.',
    'aws iam create-policy-version \\',
    '  --policy-arn "$POLICY_ARN" \\',
    `  --policy-document ${shellQuote(`file://${next}`)} \\`,
    '  --set-as-default',
    '',
  ].join('\n');
}
