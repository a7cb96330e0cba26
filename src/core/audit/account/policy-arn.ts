/**
 * Managed policy ARNs as a role lists them: which of them are the baselines this page holds
 * (`arn:aws:iam::aws:policy/ReadOnlyAccess`, in any partition), and the commands that print the
 * document of one it does not hold. Values go to options as `--option=value`.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html
 */
import { BASELINE_POLICIES, type BaselineName } from '../../../catalog/baseline-policies';
import { shellQuote } from '../../deploy/shell-quote';

/** A managed policy ARN, in parts. */
export interface PolicyArn {
  arn: string;
  /** `aws`, `aws-us-gov`, `aws-cn`. */
  partition: string;
  /** `aws` for an AWS managed policy, otherwise the 12-digit account that owns it. */
  owner: string;
  /** The IAM path, `/` or `/job-function/`. */
  path: string;
  name: string;
}

const POLICY_ARN =
  /^arn:(aws[a-z-]*):iam::(aws|\d{12}):policy(\/(?:[\w+=,.@-]+\/)*)([\w+=,.@-]{1,128})$/;

/** The parts of a managed policy ARN, or `undefined` when the text is not one. */
export function parsePolicyArn(text: string): PolicyArn | undefined {
  const match = POLICY_ARN.exec(text);
  if (!match) return undefined;
  const [arn, partition = '', owner = '', path = '', name = ''] = match;
  return { arn, partition, owner, path, name };
}

/** True for an AWS managed policy (owned by `aws`). */
export function isAwsManaged(arn: PolicyArn): boolean {
  return arn.owner === 'aws';
}

/** Which baseline an ARN names (in any partition), or `undefined`. */
export function baselineOfArn(arn: PolicyArn): BaselineName | undefined {
  if (!isAwsManaged(arn)) return undefined;
  return BASELINE_POLICIES.find((p) => p.name === arn.name && p.path === arn.path)?.name;
}

/** Which baseline a bare policy name is (`ReadOnlyAccess`, any letter case), or `undefined`. */
export function baselineOfName(text: string): BaselineName | undefined {
  const lower = text.toLowerCase();
  return BASELINE_POLICIES.find((p) => p.name.toLowerCase() === lower)?.name;
}

/**
 * The two commands that print a managed policy's current document: the first keeps its default
 * version id in `$version`, the second prints that version (`aws iam get-policy-version` output, which
 * the audit reads). Paste both into one shell, in order.
 * https://docs.aws.amazon.com/cli/latest/reference/iam/get-policy-version.html
 */
export function renderFetchPolicyCommands(arn: string): [string, string] {
  const option = `--policy-arn=${shellQuote(arn)}`;
  return [
    `version=$(aws iam get-policy ${option} --query=Policy.DefaultVersionId --output=text)`,
    `aws iam get-policy-version ${option} --version-id="$version"`,
  ];
}
