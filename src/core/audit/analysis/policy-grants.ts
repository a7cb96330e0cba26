/**
 * What a parsed policy grants, as exact actions, using the full action index. The rules, in IAM's
 * order of evaluation (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html):
 * - an Allow grants every action its patterns match, whatever its Condition or Resource (the audit
 *   assumes the condition holds and the listed resources are the ones Cloudcraft reads);
 * - an Allow with NotAction grants every action in the index except those its patterns match;
 * - a Deny without Condition and on every resource removes the actions it matches (with NotAction:
 *   every action except those); a conditional or resource-scoped Deny removes nothing, since the
 *   actions stay granted elsewhere.
 *
 * A pasted policy can repeat a pattern thousands of times (`"Action": "*"` in every statement), so the
 * work is done once per distinct pattern and per distinct NotAction list, on sets of the index's own
 * action objects: NotAction Allows grant everything but what all of them leave out, NotAction Denies
 * keep only what all of them keep, and every removal is applied at the end (removals commute).
 */
import type { IndexedAction } from '../../../catalog/action-index';
import { formatCount } from '../../count-text';
import { statementLabel, type FindingList } from '../findings';
import { quote } from '../json/json-text';
import { denyAppliesEverywhere } from '../policy/explain-statement';
import type { ParsedPolicy, ParsedStatement } from '../types';
import { PatternExpander } from './pattern-expander';

type Expanded = { pattern: string; actions: readonly IndexedAction[] }[];

/** What one analysis has gathered so far. */
interface Grants {
  allowed: Set<IndexedAction>;
  /** Patterns and NotAction lists already applied, so that repeats cost nothing. */
  applied: Set<string>;
  /** The actions every NotAction Allow leaves out (`undefined` while there is none). */
  leftOutByAll?: Set<IndexedAction>;
  /** The actions some unconditional Deny removes. */
  denied: Set<IndexedAction>;
  /** The actions every unconditional NotAction Deny keeps (`undefined` while there is none). */
  keptByAll?: Set<IndexedAction>;
}

/** True the first time a key is seen: the work it stands for is then done once. */
function firstTime(grants: Grants, key: string): boolean {
  if (grants.applied.has(key)) return false;
  grants.applied.add(key);
  return true;
}

function notActionKey(statement: ParsedStatement): string {
  const patterns = [...new Set(statement.actions.map((p) => p.toLowerCase()))].sort();
  return `${statement.effect} not\0${patterns.join('\0')}`;
}

/** `current` ∩ (what the patterns match), or `current` when the budget cannot pay for it. */
function intersect(
  current: Set<IndexedAction> | undefined,
  expanded: Expanded,
  expander: PatternExpander,
): Set<IndexedAction> | undefined {
  const { index } = expander;
  const everything = expanded.some((e) => e.actions.length === index.actionCount);
  if (everything && current) return current;
  const size = everything ? index.actionCount : expanded.reduce((n, e) => n + e.actions.length, 0);
  if (!expander.afford(size + (current?.size ?? 0))) return current;
  const matched = new Set(everything ? index.expand('*') : expanded.flatMap((e) => e.actions));
  if (!current) return matched;
  return new Set([...current].filter((action) => matched.has(action)));
}

function allow(
  statement: ParsedStatement,
  expanded: Expanded,
  expander: PatternExpander,
  grants: Grants,
  findings: FindingList,
): void {
  if (statement.usesNotAction) {
    if (firstTime(grants, notActionKey(statement))) {
      grants.leftOutByAll = intersect(grants.leftOutByAll, expanded, expander);
    }
    return;
  }
  for (const { pattern, actions } of expanded) {
    if (actions.length === expander.index.actionCount) {
      findings.add(
        'error',
        'all-actions',
        `${statementLabel(statement.index)} allows ${quote(pattern)}: every action of every AWS service (${formatCount(actions.length)} actions), writes and IAM changes included.`,
        { statementIndex: statement.index, action: pattern },
      );
    }
    if (!firstTime(grants, `Allow\0${pattern.toLowerCase()}`)) continue;
    for (const action of actions) grants.allowed.add(action);
  }
}

function deny(
  statement: ParsedStatement,
  expanded: Expanded,
  expander: PatternExpander,
  grants: Grants,
): void {
  if (!denyAppliesEverywhere(statement)) return;
  if (statement.usesNotAction) {
    if (firstTime(grants, notActionKey(statement))) {
      grants.keptByAll = intersect(grants.keptByAll, expanded, expander);
    }
    return;
  }
  for (const { pattern, actions } of expanded) {
    if (!firstTime(grants, `Deny\0${pattern.toLowerCase()}`)) continue;
    for (const action of actions) grants.denied.add(action);
  }
}

/** Applies what was gathered: NotAction Allows, then every Deny. */
function settle(grants: Grants, expander: PatternExpander): Set<IndexedAction> {
  const { allowed, leftOutByAll, denied, keptByAll } = grants;
  if (leftOutByAll) {
    for (const action of expander.index.expand('*')) {
      if (!leftOutByAll.has(action)) allowed.add(action);
    }
  }
  for (const action of denied) allowed.delete(action);
  if (keptByAll) for (const action of allowed) if (!keptByAll.has(action)) allowed.delete(action);
  return allowed;
}

/** The exact actions a policy grants after its Deny statements, sorted by lower-case name. */
export function grantedActions(
  policy: ParsedPolicy | undefined,
  index: PatternExpander['index'],
  findings: FindingList,
): IndexedAction[] {
  const expander = new PatternExpander(index, findings);
  const grants: Grants = { allowed: new Set(), applied: new Set(), denied: new Set() };
  const statements = policy?.statements ?? [];
  // Every statement's patterns are expanded (and reported when they match nothing), Allows first.
  const expand = (s: ParsedStatement): Expanded =>
    s.actions.map((pattern) => ({ pattern, actions: expander.expand(pattern, s) }));
  for (const s of statements)
    if (s.effect === 'Allow') allow(s, expand(s), expander, grants, findings);
  for (const s of statements) if (s.effect === 'Deny') deny(s, expand(s), expander, grants);
  const allowed = settle(grants, expander);
  expander.finish();
  return [...allowed]
    .map((action) => ({ key: action.action.toLowerCase(), action }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ action }) => action);
}
