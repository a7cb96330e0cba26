/**
 * What a parsed policy grants, as exact actions, using the full action index. The rules, in IAM's
 * order of evaluation (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html):
 * - an Allow grants every action its patterns match, whatever its Condition or Resource (the audit
 *   assumes the condition holds and the listed resources are the ones Cloudcraft reads);
 * - an Allow with NotAction grants every action in the index except those its patterns match;
 * - a Deny without Condition and on every resource removes the actions it matches (with NotAction:
 *   every action except those); a conditional or resource-scoped Deny removes nothing, since the
 *   actions stay granted elsewhere.
 */
import type { ActionIndex, IndexedAction } from '../../../catalog/action-index';
import { denyAppliesEverywhere } from '../policy/explain-statement';
import { statementLabel, type FindingList } from '../findings';
import { quote } from '../json/json-text';
import { PatternExpander } from './pattern-expander';
import type { ParsedPolicy, ParsedStatement } from '../types';
import { formatCount } from '../../count-text';

function matchedKeys(statement: ParsedStatement, expander: PatternExpander): Set<string> {
  const keys = new Set<string>();
  for (const pattern of statement.actions) {
    for (const { action } of expander.expand(pattern, statement)) keys.add(action.toLowerCase());
  }
  return keys;
}

function allow(
  statement: ParsedStatement,
  expander: PatternExpander,
  findings: FindingList,
  allowed: Map<string, IndexedAction>,
): void {
  if (statement.usesNotAction) {
    const excluded = matchedKeys(statement, expander);
    for (const action of expander.index.expand('*')) {
      const key = action.action.toLowerCase();
      if (!excluded.has(key)) allowed.set(key, action);
    }
    return;
  }
  for (const pattern of statement.actions) {
    const actions = expander.expand(pattern, statement);
    if (actions.length === expander.index.actionCount) {
      findings.add(
        'error',
        'all-actions',
        `${statementLabel(statement.index)} allows ${quote(pattern)}: every action of every AWS service (${formatCount(actions.length)} actions), writes and IAM changes included.`,
        { statementIndex: statement.index, action: pattern },
      );
    }
    for (const action of actions) allowed.set(action.action.toLowerCase(), action);
  }
}

function deny(
  statement: ParsedStatement,
  expander: PatternExpander,
  allowed: Map<string, IndexedAction>,
): void {
  const matched = matchedKeys(statement, expander);
  if (!denyAppliesEverywhere(statement)) return;
  for (const key of [...allowed.keys()]) {
    if (matched.has(key) !== statement.usesNotAction) allowed.delete(key);
  }
}

/** The exact actions a policy grants after its Deny statements, sorted by lower-case name. */
export function grantedActions(
  policy: ParsedPolicy | undefined,
  index: ActionIndex,
  findings: FindingList,
): IndexedAction[] {
  const expander = new PatternExpander(index, findings);
  const allowed = new Map<string, IndexedAction>();
  const statements = policy?.statements ?? [];
  for (const statement of statements) {
    if (statement.effect === 'Allow') allow(statement, expander, findings, allowed);
  }
  for (const statement of statements) {
    if (statement.effect === 'Deny') deny(statement, expander, allowed);
  }
  expander.finish();
  return [...allowed].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, action]) => action);
}
