/**
 * A small, deterministic YAML emitter for CloudFormation templates: block mappings and sequences,
 * plain scalars only where unambiguous, double-quoted (JSON-style, escaped) strings otherwise, so any
 * string round-trips, whatever a user typed. https://yaml.org/spec/1.2.2/
 */

/** A value the emitter writes: what a JSON template can hold. */
export type YamlValue =
  string | number | boolean | null | YamlValue[] | { [key: string]: YamlValue };

/** Words YAML 1.1 parsers (CloudFormation's included) read as booleans or null. */
const RESERVED = /^(?:y|n|yes|no|on|off|true|false|null|~)$/i;
/** Strings safe as plain scalars: a letter first, then characters with no YAML meaning here. */
const PLAIN = /^[A-Za-z][A-Za-z0-9_./:*-]*$/;
/** Characters YAML does not allow unescaped (outside its printable set), beyond JSON's escapes. */
const UNPRINTABLE = /[\u007f-\u009f\ufeff\ufffe\uffff]/g;

/** A string as a YAML scalar: plain when unambiguous, otherwise double-quoted with escapes. */
export function yamlString(value: string): string {
  if (PLAIN.test(value) && !RESERVED.test(value) && !value.endsWith(':')) return value;
  return JSON.stringify(value).replace(
    UNPRINTABLE,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function scalar(value: string | number | boolean | null): string {
  if (typeof value === 'string') return yamlString(value);
  return value === null ? 'null' : String(value);
}

function isCollection(value: YamlValue): value is YamlValue[] | { [key: string]: YamlValue } {
  return typeof value === 'object' && value !== null;
}

function isEmpty(value: YamlValue[] | { [key: string]: YamlValue }): boolean {
  return Array.isArray(value) ? value.length === 0 : Object.keys(value).length === 0;
}

/** Lines of a collection at an indent; each line is already indented. */
function collectionLines(
  value: YamlValue[] | { [key: string]: YamlValue },
  indent: string,
): string[] {
  const lines: string[] = [];
  if (Array.isArray(value)) {
    for (const item of value) {
      if (isCollection(item) && !isEmpty(item)) {
        const [first = '', ...rest] = collectionLines(item, `${indent}  `);
        lines.push(`${indent}- ${first.slice(indent.length + 2)}`, ...rest);
      } else lines.push(`${indent}- ${inline(item)}`);
    }
    return lines;
  }
  for (const [key, item] of Object.entries(value)) {
    if (isCollection(item) && !isEmpty(item)) {
      lines.push(`${indent}${yamlString(key)}:`, ...collectionLines(item, `${indent}  `));
    } else lines.push(`${indent}${yamlString(key)}: ${inline(item)}`);
  }
  return lines;
}

/** A scalar, or an empty collection, on one line. */
function inline(value: YamlValue): string {
  if (!isCollection(value)) return scalar(value);
  return Array.isArray(value) ? '[]' : '{}';
}

/** Renders a value as a YAML document (block style, two-space indent, trailing newline). */
export function renderYaml(value: YamlValue): string {
  if (!isCollection(value) || isEmpty(value)) return `${inline(value)}\n`;
  return `${collectionLines(value, '').join('\n')}\n`;
}
