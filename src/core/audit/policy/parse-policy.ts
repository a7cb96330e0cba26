/**
 * Reads a pasted IAM policy for the audit. Never throws and never hangs: input over 1 MB is refused
 * before parsing, the JSON reader stops at the first error and past a depth limit, and every problem
 * becomes a finding.
 */
import { FindingList } from '../findings';
import { MAX_INPUT_BYTES, oversize } from './input-limit';
import { unwrapInput } from './policy-input';
import { readJsonText, stripBom } from '../json/read-json';
import { readPolicy } from './read-policy';
import type { Finding, ParseResult } from '../types';
import { formatCount } from '../../count-text';

function refusal(text: string): Finding | undefined {
  const tooLarge = (size: string): Finding => ({
    severity: 'error',
    code: 'input-too-large',
    message: `The input is ${size}, more than the 1 MB (${formatCount(MAX_INPUT_BYTES)} bytes) the audit reads, so it was not read. A managed policy holds at most 6,144 characters: paste one policy.`,
  });
  const size = oversize(text);
  if (size) return tooLarge(size);
  if (text.replace(/^\ufeff/, '').trim() === '') {
    return {
      severity: 'error',
      code: 'input-empty',
      message: 'The input is empty: paste a policy document.',
    };
  }
  return undefined;
}

function read(text: string): ParseResult {
  const refused = refusal(text);
  if (refused) return { policy: undefined, findings: [refused], kind: 'document' };
  const findings = new FindingList();
  const body = stripBom(text, 'The input', findings);
  findings.readIn(body);
  const root = readJsonText(body, '', findings);
  const input = root ? unwrapInput(root, body, findings) : { kind: 'document' as const };
  const policy = input.document ? readPolicy(input.document.value, findings) : undefined;
  const result: ParseResult = { policy, findings: findings.done(), kind: input.kind };
  if (input.policyVersion) result.policyVersion = input.policyVersion;
  if (input.rolePolicy) result.rolePolicy = input.rolePolicy;
  if (input.document) result.documentText = input.document.text;
  return result;
}

/** Reads pasted text as an IAM policy (or get-policy-version output) into a policy and findings. */
export function parsePolicyInput(text: string): ParseResult {
  try {
    if (typeof text !== 'string') throw new TypeError('the input is not text');
    return read(text);
  } catch (error) {
    const message = `The audit could not read this input (${String(error)}). Please report it with the input.`;
    return {
      policy: undefined,
      findings: [{ severity: 'error', code: 'internal-error', message }],
      kind: 'document',
    };
  }
}
