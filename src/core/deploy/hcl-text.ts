/**
 * A small, deterministic HCL writer for Terraform files, laid out as `terraform fmt` does: two-space
 * indent, `=` aligned across runs of single-line attributes, trailing commas in multi-line lists.
 * Strings are escaped, including Terraform's `${` and `%{` template sequences, so user input is
 * always a literal. HCL normalises string literals to Unicode NFC, so a string that is not NFC comes
 * back normalised (IAM's names and External IDs are ASCII, which NFC leaves alone).
 * https://developer.hashicorp.com/terraform/language/syntax/configuration
 */

/** An HCL expression written as is (a reference, a call, a template), never quoted. */
export class HclExpression {
  constructor(readonly text: string) {}
}

/** A value the writer renders: literals, collections and raw expressions. */
export type HclValue =
  | string
  | number
  | boolean
  | HclExpression
  | readonly HclValue[]
  | { readonly [key: string]: HclValue };

/** A block: `type "label" ... { body }`. */
export interface HclBlock {
  type: string;
  labels: readonly string[];
  body: readonly HclEntry[];
}

/** One entry of a block body: an attribute or a nested block. */
export type HclEntry = { name: string; value: HclValue } | { block: HclBlock };

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/;
const ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  '"': '\\"',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
};

/** A string as an HCL quoted literal: escapes, and `$${` / `%%{` so nothing is interpolated. */
export function hclString(value: string): string {
  const body = value
    .replace(/[\\"\n\r\t]/g, (c) => ESCAPES[c] ?? c)
    .replace(/\p{Cc}/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/([$%])\{/g, '$1$1{');
  return `"${body}"`;
}

function isList(value: HclValue): value is readonly HclValue[] {
  return Array.isArray(value);
}

/** Renders a value; collections span lines, indented from `indent`. */
export function renderHclValue(value: HclValue, indent = ''): string {
  if (value instanceof HclExpression) return value.text;
  if (typeof value === 'string') return hclString(value);
  if (typeof value !== 'object') return String(value);
  const inner = `${indent}  `;
  if (isList(value)) {
    if (value.length === 0) return '[]';
    const items = value.map((item) => `${inner}${renderHclValue(item, inner)},`);
    return `[\n${items.join('\n')}\n${indent}]`;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return '{}';
  const key = (k: string) => (IDENTIFIER.test(k) ? k : hclString(k));
  const lines = alignAttributes(
    entries.map(([k, v]) => [key(k), renderHclValue(v, inner)]),
    inner,
  );
  return `{\n${lines.join('\n')}\n${indent}}`;
}

/** `name = value` lines, with `=` aligned across each run of single-line values. */
function alignAttributes(attributes: (readonly [string, string])[], indent: string): string[] {
  const runWidth = (from: number): number => {
    let width = 0;
    for (let i = from; i < attributes.length; i++) {
      const [name, value] = attributes[i] ?? ['', '\n'];
      if (value.includes('\n')) break;
      width = Math.max(width, name.length);
    }
    return width;
  };
  let width = 0;
  return attributes.map(([name, value], i) => {
    const previous = attributes[i - 1];
    if (value.includes('\n')) return `${indent}${name} = ${value}`;
    if (!previous || previous[1].includes('\n')) width = runWidth(i);
    return `${indent}${name.padEnd(width)} = ${value}`;
  });
}

/** Renders a block and its body; blank lines separate nested blocks from what precedes them. */
export function renderHclBlock(block: HclBlock, indent = ''): string {
  const inner = `${indent}  `;
  const head = [block.type, ...block.labels.map(hclString)].join(' ');
  if (block.body.length === 0) return `${indent}${head} {}`;
  const lines: string[] = [];
  let attributes: (readonly [string, string])[] = [];
  const flush = () => {
    lines.push(...alignAttributes(attributes, inner));
    attributes = [];
  };
  for (const entry of block.body) {
    if ('block' in entry) {
      flush();
      if (lines.length > 0) lines.push('');
      lines.push(renderHclBlock(entry.block, inner));
    } else attributes.push([entry.name, renderHclValue(entry.value, inner)]);
  }
  flush();
  return `${indent}${head} {\n${lines.join('\n')}\n${indent}}`;
}

/** An expression written as is. */
export const expr = (text: string): HclExpression => new HclExpression(text);

/** An attribute entry. */
export const attr = (name: string, value: HclValue): HclEntry => ({ name, value });

/** A block with its labels and body. */
export const block = (type: string, labels: readonly string[], body: HclEntry[]): HclBlock => ({
  type,
  labels,
  body,
});
