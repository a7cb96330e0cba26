/**
 * Recognises pasted text that names what a role has rather than holding one policy document:
 * managed policy ARNs or a baseline's name, `aws iam list-attached-role-policies` output, and
 * `aws iam get-account-authorization-details` output (refused over 1 MB with the command that prints
 * less). Anything else is left to the policy parser.
 */
import { oversize } from '../policy/input-limit';
import type { AccountInput, AuditContext } from './account-types';
import { authorizationDetailsTooLarge, looksLikeAuthorizationDetails } from './account-commands';
import { isAuthorizationDetails, readAuthorizationDetails } from './read-authorization-details';
import { readAttachedPolicies, readPolicyArns } from './read-attached-policies';

function tooLarge(text: string, context: AuditContext): AccountInput | undefined {
  const size = oversize(text);
  if (!size || !looksLikeAuthorizationDetails(text)) return undefined;
  return {
    kind: 'account-authorization-details',
    findings: [
      {
        severity: 'error',
        code: 'input-too-large',
        message: authorizationDetailsTooLarge(size, context.accountId),
      },
    ],
    roles: [],
  };
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // Not JSON, or nested past what the engine takes: the policy parser says where and why.
    return undefined;
  }
}

/** The account input the text is, or `undefined` when it is a policy (or not readable at all). */
export function readAccountInput(text: string, context: AuditContext): AccountInput | undefined {
  if (typeof text !== 'string') return undefined;
  if (oversize(text)) return tooLarge(text, context);
  const body = text.replace(/^\ufeff/, '');
  const arns = readPolicyArns(body, context);
  if (arns) return arns;
  const root = parse(body);
  const attached = readAttachedPolicies(root, context);
  if (attached) return attached;
  return isAuthorizationDetails(root) ? readAuthorizationDetails(root, context) : undefined;
}
