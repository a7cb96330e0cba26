/** Reads a statement's `Action` or `NotAction`, keeping only patterns IAM could accept. */
import type { FindingList } from '../findings';
import { describeValue, type StatementScope } from './json-access';
import { quote } from '../json/json-text';
import type { JsonValue } from '../json/json-value';
import type { ParsedStatement } from '../types';

/** Reads a string or an array of strings (`Action`, `Resource`...); `undefined` when it is neither. */
export function readStringList(
  value: JsonValue,
  name: string,
  code: string,
  scope: StatementScope,
  findings: FindingList,
): string[] | undefined {
  const at = { statementIndex: scope.statementIndex, offset: value.offset };
  if (value.kind === 'string') return [value.value];
  if (value.kind !== 'array') {
    findings.add(
      'error',
      `${code}-type`,
      `${scope.label}: "${name}" must be a string or an array of strings, not ${describeValue(value)}.`,
      at,
    );
    return undefined;
  }
  if (value.items.length === 0) {
    findings.add(
      'warning',
      `${code}-empty`,
      `${scope.label}: "${name}" is an empty list, so the statement applies to nothing.`,
      at,
    );
  }
  const strings: string[] = [];
  value.items.forEach((item, i) => {
    if (item.kind === 'string') strings.push(item.value);
    else {
      findings.add(
        'error',
        `${code}-item-type`,
        `${scope.label}: "${name}" item ${i + 1} is ${describeValue(item)}, not a string; the audit ignores it.`,
        { statementIndex: scope.statementIndex, offset: item.offset },
      );
    }
  });
  return strings;
}

function actionFormatError(pattern: string): string | undefined {
  if (pattern === '*') return undefined;
  if (pattern === '') return 'an empty string is not an action';
  if (/\s/.test(pattern)) return `${quote(pattern)} contains white space, which IAM rejects`;
  if (!/^[^:]+:[^:]+$/.test(pattern)) {
    return `${quote(pattern)} is not an action: IAM actions are written service:Action, such as ec2:DescribeInstances`;
  }
  return undefined;
}

/** Reads `Action` or `NotAction`, dropping what is not an action; `undefined` when neither is usable. */
export function readActions(
  elements: Map<string, JsonValue>,
  scope: StatementScope,
  offset: number,
  findings: FindingList,
): Pick<ParsedStatement, 'actions' | 'usesNotAction'> | undefined {
  const action = elements.get('Action');
  const notAction = elements.get('NotAction');
  const at = { statementIndex: scope.statementIndex, offset };
  if (action && notAction) {
    findings.add(
      'error',
      'action-and-notaction',
      `${scope.label} has both "Action" and "NotAction"; IAM accepts only one of them and rejects the policy. The audit reads "Action".`,
      at,
    );
  }
  const value = action ?? notAction;
  if (!value) {
    findings.add(
      'error',
      'action-missing',
      `${scope.label} has neither "Action" nor "NotAction": IAM rejects the policy. The audit ignores this statement.`,
      at,
    );
    return undefined;
  }
  const name = action ? 'Action' : 'NotAction';
  const patterns = readStringList(value, name, 'action', scope, findings);
  if (!patterns) return undefined;
  const actions = patterns.filter((pattern) => {
    const error = actionFormatError(pattern);
    if (error) {
      findings.add('error', 'action-format', `${scope.label}: ${error}; the audit ignores it.`, {
        statementIndex: scope.statementIndex,
        action: pattern,
        offset: value.offset,
      });
    }
    return !error;
  });
  return { actions, usesNotAction: !action };
}
