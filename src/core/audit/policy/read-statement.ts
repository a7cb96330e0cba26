/**
 * Reads one statement of an identity-based policy, keeping only well-typed values and reporting the
 * rest. https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements.html
 */
import { statementLabel, type FindingList } from '../findings';
import { describeValue, readElements, type StatementScope } from './json-access';
import { readActions } from './read-actions';
import { readCondition, readResources } from './read-resources';
import type { JsonValue } from '../json/json-value';
import { quote } from '../json/json-text';
import { explainStatement } from './explain-statement';
import type { Effect, ParsedStatement } from '../types';

const STATEMENT_ELEMENTS = [
  'Sid',
  'Effect',
  'Principal',
  'NotPrincipal',
  'Action',
  'NotAction',
  'Resource',
  'NotResource',
  'Condition',
] as const;

/** Reads a statement; `undefined` when it cannot grant or deny anything the audit can follow. */
export function readStatement(
  value: JsonValue,
  index: number,
  findings: FindingList,
): ParsedStatement | undefined {
  const scope: StatementScope = { label: statementLabel(index), statementIndex: index };
  if (value.kind !== 'object') {
    findings.add(
      'error',
      'statement-item-type',
      `${scope.label} must be an object with "Effect", "Action" and "Resource", not ${describeValue(value)}; the audit ignores it.`,
      { statementIndex: index, offset: value.offset },
    );
    return undefined;
  }
  const elements = readElements(value, STATEMENT_ELEMENTS, scope, findings);
  const at = { statementIndex: index, offset: value.offset };
  const sid = readOtherElements(elements, scope, at.offset, findings);
  const effect = readEffect(elements.get('Effect'), scope, at.offset, findings);
  const action = readActions(elements, scope, at.offset, findings);
  const resource = readResources(elements, scope, at.offset, findings);
  const hasCondition = readCondition(elements.get('Condition'), scope, findings);
  if (!effect || !action) return undefined;
  const statement: ParsedStatement = { index, effect, ...action, ...resource, hasCondition };
  if (sid !== undefined) statement.sid = sid;
  explainStatement(statement, findings);
  return statement;
}

function readEffect(
  value: JsonValue | undefined,
  scope: StatementScope,
  offset: number,
  findings: FindingList,
): Effect | undefined {
  const at = { statementIndex: scope.statementIndex, offset: value?.offset ?? offset };
  const ignored = 'The audit ignores this statement.';
  if (!value) {
    findings.add(
      'error',
      'effect-missing',
      `${scope.label} has no "Effect": IAM rejects the policy. ${ignored}`,
      at,
    );
    return undefined;
  }
  if (value.kind !== 'string') {
    findings.add(
      'error',
      'effect-type',
      `${scope.label}: "Effect" must be "Allow" or "Deny", not ${describeValue(value)}. ${ignored}`,
      at,
    );
    return undefined;
  }
  return effectValue(value.value, scope, at, findings);
}

function effectValue(
  value: string,
  scope: StatementScope,
  at: { statementIndex: number; offset: number },
  findings: FindingList,
): Effect | undefined {
  if (value === 'Allow' || value === 'Deny') return value;
  const lower = value.toLowerCase();
  if (lower === 'allow' || lower === 'deny') {
    const effect: Effect = lower === 'allow' ? 'Allow' : 'Deny';
    findings.add(
      'error',
      'effect-case',
      `${scope.label}: "Effect" must be exactly "Allow" or "Deny" (IAM is case-sensitive) and IAM rejects ${quote(value)}. The audit reads it as "${effect}".`,
      at,
    );
    return effect;
  }
  findings.add(
    'error',
    'effect-invalid',
    `${scope.label}: "Effect" is ${quote(value)}, but IAM accepts only "Allow" or "Deny" and rejects the policy. The audit ignores this statement.`,
    at,
  );
  return undefined;
}

/** Reports a non-string `Sid` and a `Principal`; returns the Sid when it is a string. */
function readOtherElements(
  elements: Map<string, JsonValue>,
  scope: StatementScope,
  offset: number,
  findings: FindingList,
): string | undefined {
  const at = { statementIndex: scope.statementIndex, offset };
  const sid = elements.get('Sid');
  if (sid && sid.kind !== 'string') {
    findings.add(
      'error',
      'sid-type',
      `${scope.label}: "Sid" must be a string, not ${describeValue(sid)}.`,
      at,
    );
  }
  for (const name of ['Principal', 'NotPrincipal']) {
    if (!elements.has(name)) continue;
    findings.add(
      'error',
      'principal',
      `${scope.label} has "${name}": that element belongs in resource-based policies and in a role's trust policy, not in a permissions policy attached to the role, and IAM rejects it here. Paste the role's permissions policy.`,
      at,
    );
  }
  return sid?.kind === 'string' ? sid.value : undefined;
}
