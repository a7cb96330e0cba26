/** The JSON tree the audit's parser builds: values with their offsets, objects as member lists. */

/** A JSON value with the offset where it starts. */
export type JsonValue = JsonObject | JsonArray | JsonScalar;

/** An object's members in source order, duplicates included. */
export interface JsonObject {
  kind: 'object';
  offset: number;
  /** Offset just past the closing brace. */
  end: number;
  entries: JsonEntry[];
}

/** One member of an object. */
export interface JsonEntry {
  key: string;
  keyOffset: number;
  value: JsonValue;
}

/** An array's items in order. */
export interface JsonArray {
  kind: 'array';
  offset: number;
  /** Offset just past the closing bracket. */
  end: number;
  items: JsonValue[];
}

/** A string, number, boolean or null. */
export type JsonScalar =
  | { kind: 'string'; offset: number; value: string }
  | { kind: 'number'; offset: number; value: number }
  | { kind: 'boolean'; offset: number; value: boolean }
  | { kind: 'null'; offset: number };

/** Why the text is not JSON the audit reads: a syntax error, or nesting past the limit. */
export interface JsonProblem {
  kind: 'syntax' | 'depth';
  offset: number;
  detail: string;
}

/** A key that appears again in the same object (at the later occurrence). */
export interface DuplicateKey {
  key: string;
  offset: number;
}

/** The parse result: the value and its duplicate keys, or the first problem. */
export type JsonParseResult =
  { ok: true; value: JsonValue; duplicates: DuplicateKey[] } | { ok: false; problem: JsonProblem };

/**
 * What the parser expected where it stopped: a value, a property name, the colon after one, a comma
 * or the closing bracket after an item (`after`), or the end of the text after the whole value.
 */
export interface JsonExpectation {
  expect: 'value' | 'key' | 'colon' | 'after' | 'end';
  /** The innermost open container; absent at the top level. */
  container?: 'array' | 'object';
  /** True right after a comma, where a closing bracket means a trailing comma. */
  afterComma: boolean;
  /** The property name just read, when a colon is expected. */
  key?: string;
}
