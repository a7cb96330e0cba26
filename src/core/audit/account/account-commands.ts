/**
 * The AWS CLI commands that print what a role has, for the audit to read: the account's roles that
 * trust Cloudcraft with their policies (get-account-authorization-details, narrowed to them so the
 * output stays small), a role's managed policies, and its inline ones. Every value goes to its option
 * as `--option=value`, single-quoted. Light on purpose: the page's file picker imports it.
 * https://docs.aws.amazon.com/cli/latest/reference/iam/get-account-authorization-details.html
 */
import { formatCount } from '../../count-text';
import { shellQuote } from '../../deploy/shell-quote';
import { MAX_INPUT_BYTES } from '../policy/input-limit';

/** JMESPath: the roles whose trust policy names the account, and the managed policies in use. */
function narrowedDetailsQuery(accountId: string): string {
  return `{RoleDetailList: RoleDetailList[?contains(to_string(AssumeRolePolicyDocument), \`"${accountId}"\`)], Policies: Policies[?AttachmentCount > \`0\`]}`;
}

/**
 * get-account-authorization-details for the roles that trust the account: roles and customer managed
 * policies only (not users, groups or AWS managed policies), then only the trusting roles.
 */
export function renderNarrowedDetailsCommand(accountId: string): string {
  return [
    'aws iam get-account-authorization-details',
    `--filter=${shellQuote('["Role","LocalManagedPolicy"]')}`,
    `--query=${shellQuote(narrowedDetailsQuery(accountId))}`,
    '--output=json',
  ].join(' ');
}

/** The commands that print what one role has: its managed policies, then each inline one. */
export function renderRoleCommands(roleName: string): {
  attached: string;
  inlineNames: string;
  inline: string;
} {
  const role = `--role-name=${shellQuote(roleName)}`;
  return {
    attached: `aws iam list-attached-role-policies ${role} --output=json`,
    inlineNames: `aws iam list-role-policies ${role} --query=PolicyNames --output=text`,
    inline: `aws iam get-role-policy ${role} --policy-name=POLICY_NAME --output=json`,
  };
}

/** True when the start of a text looks like get-account-authorization-details output. */
export function looksLikeAuthorizationDetails(text: string): boolean {
  return /"(?:Role|User|Group)DetailList"\s*:/.test(text.slice(0, 65_536));
}

/** Why authorization details over 1 MB were not read, and the command that prints less. */
export function authorizationDetailsTooLarge(size: string, accountId: string): string {
  return `The input is ${size}, more than the 1 MB (${formatCount(MAX_INPUT_BYTES)} bytes) the audit reads, so it was not read. It looks like get-account-authorization-details output of a whole account: list only the roles that trust Cloudcraft's account and the policies in use with ${renderNarrowedDetailsCommand(accountId)} and paste that.`;
}
