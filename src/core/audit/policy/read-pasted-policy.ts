/**
 * Reads what was pasted into the audit. The parser takes a policy document or get-policy-version
 * output; a bare statement, a list of statements, an action or a list of actions is first wrapped in
 * a policy document, and the findings' columns are mapped back to the pasted text.
 */
import { isObject } from '../account/plain-json';
import { MAX_INPUT_BYTES } from './input-limit';
import { parsePolicyInput } from './parse-policy';
import type { Finding, ParseResult } from '../types';

/** What a pasted fragment is, when it is not a whole policy document. */
export type PolicyFragment = 'statement' | 'statements' | 'action' | 'actions';

const DOCUMENT_START = '{"Version":"2012-10-17","Statement":';
const WRAPPERS: Record<PolicyFragment, { prefix: string; suffix: string; message: string }> = {
  statement: {
    prefix: DOCUMENT_START,
    suffix: '}',
    message: 'The input is one statement, not a policy: the audit read it as a policy holding it.',
  },
  statements: {
    prefix: DOCUMENT_START,
    suffix: '}',
    message: 'The input is a list of statements: the audit read it as a policy holding them.',
  },
  action: {
    prefix: `${DOCUMENT_START}{"Effect":"Allow","Action":`,
    suffix: ',"Resource":"*"}}',
    message:
      'The input is an action, not a policy: the audit read it as a statement allowing it on every resource.',
  },
  actions: {
    prefix: `${DOCUMENT_START}{"Effect":"Allow","Action":`,
    suffix: ',"Resource":"*"}}',
    message:
      'The input is a list of actions, not a policy: the audit read it as a statement allowing them on every resource.',
  },
};

/** Which fragment the text is, or `undefined` for a document, invalid JSON or anything else. */
export function fragmentOf(text: string): PolicyFragment | undefined {
  if (text.length > MAX_INPUT_BYTES) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  // A string holding a (URL-encoded) document is read by the parser itself.
  if (typeof value === 'string') return /^\s*(\{|%7b)/i.test(value) ? undefined : 'action';
  if (Array.isArray(value) && value.length > 0) {
    if (value.every((v) => typeof v === 'string')) return 'actions';
    if (value.every(isObject)) return 'statements';
    return undefined;
  }
  if (!isObject(value) || 'Statement' in value || 'PolicyVersion' in value) return undefined;
  return 'Effect' in value || 'Action' in value || 'NotAction' in value ? 'statement' : undefined;
}

/** Moves a finding's line-1 column from the wrapped text back to the pasted one. */
function unwrapPlace(finding: Finding, shift: number): Finding {
  if (finding.line !== 1 || finding.column === undefined) return finding;
  const { line: _line, column, ...rest } = finding;
  const pasted = column - shift;
  return pasted >= 1 ? { ...rest, line: 1, column: pasted } : rest;
}

/** Reads pasted text as a policy, wrapping a statement or action fragment in a policy first. */
export function readPastedPolicy(text: string): ParseResult {
  const body = text.replace(/^\ufeff/, '');
  const fragment = fragmentOf(body);
  if (!fragment) return parsePolicyInput(text);
  const { prefix, suffix, message } = WRAPPERS[fragment];
  const result = parsePolicyInput(prefix + body + suffix);
  const shift = prefix.length - (text.length - body.length);
  const note: Finding = { severity: 'info', code: 'input-fragment', message };
  return { ...result, findings: [note, ...result.findings.map((f) => unwrapPlace(f, shift))] };
}
