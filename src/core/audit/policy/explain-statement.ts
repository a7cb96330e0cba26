/**
 * Says how the audit treats a statement whose meaning is not a plain list of granted actions:
 * `NotAction`, `Deny`, `Condition` and resource scoping.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html
 */
import { plural } from '../../count-text';
import { statementLabel, type FindingList } from '../findings';
import type { ParsedStatement } from '../types';

/**
 * True when a Deny statement removes its actions everywhere: it has no Condition and applies to every
 * resource. A conditional or resource-scoped Deny leaves the actions granted elsewhere.
 */
export function denyAppliesEverywhere(statement: ParsedStatement): boolean {
  return statement.effect === 'Deny' && !statement.hasCondition && statement.allResources;
}

/** Adds the findings that explain how the audit reads an Allow or a Deny statement. */
export function explainStatement(statement: ParsedStatement, findings: FindingList): void {
  const label = statementLabel(statement.index);
  const at = { statementIndex: statement.index };
  const count = statement.actions.length;
  if (statement.effect === 'Deny') {
    explainDeny(statement, label, findings);
    return;
  }
  if (statement.usesNotAction) {
    findings.add(
      'error',
      'not-action',
      `${label} allows "NotAction": it grants every action of every AWS service except the ${plural(count, 'listed pattern')}, writes and IAM changes included. The audit expands it that way. List the actions to allow under "Action" instead.`,
      at,
    );
  }
  if (statement.hasCondition) {
    findings.add(
      'warning',
      'condition',
      `${label} has a "Condition": the audit ignores it and counts the actions as granted.`,
      at,
    );
  }
  if (!statement.allResources && statement.resources.length > 0) {
    findings.add(
      'info',
      'resource-scoped',
      `${label} applies only to ${plural(statement.resources.length, 'listed resource')}: the audit assumes those are the resources Cloudcraft reads and counts the actions as granted.`,
      at,
    );
  }
}

function explainDeny(statement: ParsedStatement, label: string, findings: FindingList): void {
  const at = { statementIndex: statement.index };
  if (!denyAppliesEverywhere(statement)) {
    const where = statement.hasCondition ? 'under a Condition' : 'on some resources';
    findings.add(
      'warning',
      'deny-limited',
      `${label} denies only ${where}: its actions stay granted elsewhere, so the audit does not remove them.`,
      at,
    );
    return;
  }
  if (statement.usesNotAction) {
    findings.add(
      'warning',
      'not-action',
      `${label} denies every action except the ${plural(statement.actions.length, 'listed pattern')}: the audit removes all other actions from what the policy grants.`,
      at,
    );
    return;
  }
  findings.add(
    'info',
    'deny',
    `${label} denies ${plural(statement.actions.length, 'action pattern')}: an explicit deny overrides any allow, so the audit removes the actions they match from what the policy grants.`,
    at,
  );
}
