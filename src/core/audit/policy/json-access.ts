/** Reading IAM elements out of parsed JSON: names are case-sensitive in IAM, so near misses are flagged. */
import type { FindingList } from '../findings';
import type { JsonEntry, JsonObject, JsonValue } from '../json/json-value';
import { quote } from '../json/json-text';

/** Describes a JSON value's type for messages: `a number (42)`, `null`, `an array`, ... */
export function describeValue(value: JsonValue): string {
  switch (value.kind) {
    case 'string':
      return 'a string';
    case 'number':
      return `a number (${value.value})`;
    case 'boolean':
      return `a boolean (${value.value})`;
    case 'null':
      return 'null';
    case 'array':
      return 'an array';
    case 'object':
      return 'an object';
  }
}

/** The last member with this exact key, as `JSON.parse` would keep it. */
export function member(object: JsonObject, key: string): JsonValue | undefined {
  for (let i = object.entries.length - 1; i >= 0; i--) {
    const entry = object.entries[i];
    if (entry?.key === key) return entry.value;
  }
  return undefined;
}

/** Where the elements are, for messages: `The policy` or `Statement 2`, and its statement index. */
export interface ElementScope {
  label: string;
  statementIndex?: number;
}

/** The scope of a statement's elements. */
export type StatementScope = ElementScope & { statementIndex: number };

function closest(key: string, known: readonly string[]): string | undefined {
  const lower = key.toLowerCase();
  return known.find((k) => k.toLowerCase() === lower || `${k.toLowerCase()}s` === lower);
}

/**
 * Reads an object's elements by their canonical names. A wrong-case name (`statement`) is an error,
 * since IAM rejects it, but is read under its canonical name unless the exact name is also there;
 * an unknown name is an error. Duplicates keep the last value.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html
 */
export function readElements(
  object: JsonObject,
  known: readonly string[],
  scope: ElementScope,
  findings: FindingList,
): Map<string, JsonValue> {
  const exact = new Map<string, JsonValue>();
  const nearly = new Map<string, JsonValue>();
  for (const entry of object.entries) {
    if (known.includes(entry.key)) {
      exact.set(entry.key, entry.value);
      continue;
    }
    const canonical = closest(entry.key, known);
    if (canonical && canonical.toLowerCase() === entry.key.toLowerCase()) {
      nearly.set(canonical, entry.value);
      reportCase(entry, canonical, scope, findings);
    } else {
      reportUnknown(entry, canonical, known, scope, findings);
    }
  }
  for (const [name, value] of nearly) if (!exact.has(name)) exact.set(name, value);
  return exact;
}

function reportCase(
  entry: JsonEntry,
  canonical: string,
  scope: ElementScope,
  findings: FindingList,
): void {
  findings.add(
    'error',
    'element-case',
    `${scope.label}: ${quote(entry.key)} must be written "${canonical}": IAM element names are case-sensitive, so IAM rejects this policy. The audit reads it as "${canonical}".`,
    { statementIndex: scope.statementIndex, offset: entry.keyOffset },
  );
}

function reportUnknown(
  entry: JsonEntry,
  suggestion: string | undefined,
  known: readonly string[],
  scope: ElementScope,
  findings: FindingList,
): void {
  const hint = suggestion ? ` Did you mean "${suggestion}"?` : '';
  findings.add(
    'error',
    'unknown-element',
    `${scope.label}: unknown element ${quote(entry.key)}; IAM accepts only ${known.join(', ')} here and rejects this policy. The audit ignores it.${hint}`,
    { statementIndex: scope.statementIndex, offset: entry.keyOffset },
  );
}
