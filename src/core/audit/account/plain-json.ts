/**
 * Reading AWS CLI output the audit has already parsed with `JSON.parse`: objects, lists that the
 * API also writes as a single value, and policy documents the API returns URL-encoded.
 */

/** A JSON object. */
export type PlainObject = Record<string, unknown>;

/** True for a JSON object (not an array, not null). */
export function isObject(value: unknown): value is PlainObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A value IAM allows as one item or a list, as a list; nothing becomes an empty list. */
export function listOf(value: unknown): unknown[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** A member that must be a string, or `undefined`. */
export function stringOf(object: PlainObject, key: string): string | undefined {
  const value = Object.hasOwn(object, key) ? object[key] : undefined;
  return typeof value === 'string' ? value : undefined;
}

/** A member that must be a list, or `undefined` when it is absent or not a list. */
export function arrayOf(object: PlainObject, key: string): unknown[] | undefined {
  const value = Object.hasOwn(object, key) ? object[key] : undefined;
  return Array.isArray(value) ? value : undefined;
}

/**
 * A policy document as the CLI prints it (an object) or as the API returns it (URL-encoded JSON
 * text), as an object; `undefined` when it is neither.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_RoleDetail.html
 */
export function decodeDocument(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    const text = /^\s*\{/.test(value) ? value : decodeURIComponent(value);
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
