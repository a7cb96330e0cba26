/** Reads a statement's `Resource`, `NotResource` and `Condition`. */
import type { FindingList } from '../findings';
import { describeValue, type StatementScope } from './json-access';
import type { JsonValue } from '../json/json-value';
import { readStringList } from './read-actions';
import type { ParsedStatement } from '../types';

/** Reads `Resource` or `NotResource`: the resources listed and whether the statement covers all. */
export function readResources(
  elements: Map<string, JsonValue>,
  scope: StatementScope,
  offset: number,
  findings: FindingList,
): Pick<ParsedStatement, 'resources' | 'allResources'> {
  const resource = elements.get('Resource');
  const notResource = elements.get('NotResource');
  const at = { statementIndex: scope.statementIndex, offset };
  if (resource && notResource) {
    findings.add(
      'error',
      'resource-and-notresource',
      `${scope.label} has both "Resource" and "NotResource"; IAM accepts only one of them and rejects the policy. The audit reads "Resource".`,
      at,
    );
  }
  if (!resource && !notResource) {
    findings.add(
      'error',
      'resource-missing',
      `${scope.label} has no "Resource": IAM rejects a permissions-policy statement without one. The audit counts its actions as granted.`,
      at,
    );
    return { resources: [], allResources: true };
  }
  if (!resource && notResource) {
    readStringList(notResource, 'NotResource', 'resource', scope, findings);
    findings.add(
      'warning',
      'not-resource',
      `${scope.label} uses "NotResource": it applies to every resource except those listed, and the audit counts its actions as granted.`,
      at,
    );
    return { resources: [], allResources: false };
  }
  const resources = resource
    ? readStringList(resource, 'Resource', 'resource', scope, findings)
    : undefined;
  if (!resources) return { resources: [], allResources: true };
  return { resources, allResources: resources.includes('*') };
}

/** True when the statement has a `Condition` (reported when it is not an object). */
export function readCondition(
  value: JsonValue | undefined,
  scope: StatementScope,
  findings: FindingList,
): boolean {
  if (!value) return false;
  if (value.kind !== 'object') {
    findings.add(
      'error',
      'condition-type',
      `${scope.label}: "Condition" must be an object of condition operators, not ${describeValue(value)}.`,
      { statementIndex: scope.statementIndex, offset: value.offset },
    );
  }
  return true;
}
