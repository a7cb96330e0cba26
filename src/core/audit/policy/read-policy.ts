/**
 * Reads a policy document's top level: `Version`, `Id` and `Statement`.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_version.html
 */
import type { FindingList } from '../findings';
import { describeValue, readElements } from './json-access';
import type { JsonValue } from '../json/json-value';
import { quote } from '../json/json-text';
import { readStatement } from './read-statement';
import type { ParsedPolicy, ParsedStatement } from '../types';

const POLICY_ELEMENTS = ['Version', 'Id', 'Statement'] as const;

/** The current policy language version; the only one with policy variables. */
export const POLICY_VERSION = '2012-10-17';

const OLD_VERSION = '2008-10-17';

/** Reads a policy document; `undefined` when it is not a JSON object. */
export function readPolicy(root: JsonValue, findings: FindingList): ParsedPolicy | undefined {
  if (root.kind !== 'object') {
    const pasted =
      root.kind === 'array'
        ? 'an array. If you pasted only the statements, wrap them in that object'
        : describeValue(root);
    findings.add(
      'error',
      'not-an-object',
      `The policy must be a JSON object, such as { "Version": "${POLICY_VERSION}", "Statement": [ ... ] }, not ${pasted}.`,
      { offset: root.offset },
    );
    return undefined;
  }
  const elements = readElements(root, POLICY_ELEMENTS, { label: 'The policy' }, findings);
  const version = readVersion(elements.get('Version'), findings);
  const statements = readStatements(elements.get('Statement'), findings);
  return version === undefined ? { statements } : { version, statements };
}

function readVersion(value: JsonValue | undefined, findings: FindingList): string | undefined {
  if (!value) {
    findings.add(
      'warning',
      'version-missing',
      `The policy has no "Version": IAM then uses ${OLD_VERSION}, which does not support policy variables such as \${aws:username}. Add "Version": "${POLICY_VERSION}".`,
    );
    return undefined;
  }
  const at = { offset: value.offset };
  if (value.kind !== 'string') {
    findings.add(
      'error',
      'version-type',
      `"Version" must be the string "${POLICY_VERSION}", not ${describeValue(value)}.`,
      at,
    );
    return undefined;
  }
  if (value.value === OLD_VERSION) {
    findings.add(
      'warning',
      'version-old',
      `"Version" is "${OLD_VERSION}", which does not support policy variables such as \${aws:username}. Use "${POLICY_VERSION}".`,
      at,
    );
  } else if (value.value !== POLICY_VERSION) {
    findings.add(
      'error',
      'version-invalid',
      `"Version" is ${quote(value.value)}, but IAM accepts only "${POLICY_VERSION}" (or the older "${OLD_VERSION}") and rejects the policy. The version is a fixed date, not the date you wrote the policy.`,
      at,
    );
  }
  return value.value;
}

function readStatements(value: JsonValue | undefined, findings: FindingList): ParsedStatement[] {
  if (!value) {
    findings.add('error', 'statement-missing', 'The policy has no "Statement": it grants nothing.');
    return [];
  }
  if (value.kind === 'object') return [readStatement(value, 0, findings)].filter(isDefined);
  if (value.kind !== 'array') {
    findings.add(
      'error',
      'statement-type',
      `"Statement" must be an object or an array of objects, not ${describeValue(value)}.`,
      { offset: value.offset },
    );
    return [];
  }
  if (value.items.length === 0) {
    findings.add(
      'error',
      'statement-empty',
      '"Statement" is an empty list: the policy grants nothing.',
      { offset: value.offset },
    );
  }
  return value.items.map((item, i) => readStatement(item, i, findings)).filter(isDefined);
}

function isDefined<T>(value: T | undefined): value is T {
  return value !== undefined;
}
