/**
 * Strict JSON (RFC 8259: what `JSON.parse` accepts, no comments, no trailing commas) for untrusted
 * pasted text, read with jsonc-parser (Microsoft, MIT). Its visitor builds the audit's tree: offsets
 * for every value, object members as a list, so duplicate keys are seen and keys such as `__proto__`
 * never touch a prototype.
 *
 * jsonc-parser's parser recurses, and after an error it recovers and goes on, so bracket counting
 * cannot bound its depth (`{"a":],"b":{"a":],"b":…` nests without limit). This reader stops it at the
 * first error and at the first array or object nested deeper than the limit, so its recursion never
 * goes deeper than that limit, whatever the text.
 */
import { printParseErrorCode, visit, type JSONVisitor, type ParseErrorCode } from 'jsonc-parser';
import { describeSyntaxError, type JsonSyntaxError } from './json-errors';
import type {
  DuplicateKey,
  JsonArray,
  JsonExpectation,
  JsonObject,
  JsonParseResult,
  JsonProblem,
  JsonValue,
} from './json-value';

/** One open array or object (or the top level, without a node), and what may come next in it. */
class Level implements JsonExpectation {
  expect: JsonExpectation['expect'];
  afterComma = false;
  key = '';
  keyOffset = 0;
  readonly container: 'array' | 'object' | undefined;
  /** The keys seen so far in an object, to find duplicates. */
  readonly keys: Set<string> | undefined;

  constructor(readonly node?: JsonArray | JsonObject) {
    this.container = node?.kind;
    this.keys = node?.kind === 'object' ? new Set() : undefined;
    this.expect = node?.kind === 'object' ? 'key' : 'value';
  }
}

/** Thrown from the visitor to stop jsonc-parser; never escapes `parseJson`. */
class Stop {
  constructor(readonly problem: JsonProblem) {}
}

const STRICT = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false };
const NUMBER_TAIL = /[\w.+-]/;

/** Builds the tree from jsonc-parser's events, stopping at the first problem. */
class TreeBuilder {
  root: JsonValue | undefined;
  readonly duplicates: DuplicateKey[] = [];
  private readonly levels: Level[] = [new Level()];
  private level: Level = this.levels[0] as Level;

  constructor(
    private readonly text: string,
    private readonly maxDepth: number,
  ) {}

  fail(error: JsonSyntaxError): never {
    const { offset, detail } = describeSyntaxError(this.text, error);
    throw new Stop({ kind: 'syntax', offset, detail });
  }

  /** Places a value in the open container (or at the top). */
  private place(value: JsonValue): void {
    const { node } = this.level;
    if (!node) this.root = value;
    else if (node.kind === 'object') {
      node.entries.push({ key: this.level.key, keyOffset: this.level.keyOffset, value });
    } else node.items.push(value);
  }

  /** After a value: a comma or the closing bracket, or the end of the text at the top. */
  private completed(): void {
    const { level } = this;
    level.expect = level.node ? 'after' : 'end';
    level.afterComma = false;
  }

  open(node: JsonArray | JsonObject): void {
    if (this.levels.length > this.maxDepth) {
      const detail = `nested deeper than ${this.maxDepth} levels`;
      throw new Stop({ kind: 'depth', offset: node.offset, detail });
    }
    this.place(node);
    this.level = new Level(node);
    this.levels.push(this.level);
  }

  /** jsonc-parser also ends a container at the end of the text, before reporting it unclosed. */
  close(offset: number, length: number): void {
    const { node } = this.level;
    if (!node || this.text[offset] !== (node.kind === 'array' ? ']' : '}')) {
      this.fail({ code: 'CloseExpected', offset, context: this.level });
    }
    node.end = offset + length;
    this.levels.pop();
    this.level = this.levels[this.levels.length - 1] as Level;
    this.completed();
  }

  property(key: string, offset: number): void {
    const { level } = this;
    if (level.keys?.has(key)) this.duplicates.push({ key, offset });
    else level.keys?.add(key);
    level.key = key;
    level.keyOffset = offset;
    level.expect = 'colon';
    level.afterComma = false;
  }

  separator(char: string): void {
    const { level } = this;
    if (char === ':') level.expect = 'value';
    else {
      level.expect = level.container === 'object' ? 'key' : 'value';
      level.afterComma = true;
    }
  }

  literal(value: unknown, offset: number, length: number): void {
    if (typeof value === 'number' && NUMBER_TAIL.test(this.text[offset + length] ?? '')) {
      this.fail({ code: 'InvalidNumber', offset, context: this.level });
    }
    this.place(scalar(value, offset));
    this.completed();
  }

  error(code: ParseErrorCode, offset: number): never {
    return this.fail({ code: printParseErrorCode(code), offset, context: this.level });
  }
}

function scalar(value: unknown, offset: number): JsonValue {
  if (typeof value === 'string') return { kind: 'string', offset, value };
  if (typeof value === 'number') return { kind: 'number', offset, value };
  if (typeof value === 'boolean') return { kind: 'boolean', offset, value };
  return { kind: 'null', offset };
}

function visitorFor(builder: TreeBuilder): JSONVisitor {
  return {
    onObjectBegin: (offset) => builder.open({ kind: 'object', offset, end: offset, entries: [] }),
    onArrayBegin: (offset) => builder.open({ kind: 'array', offset, end: offset, items: [] }),
    onObjectEnd: (offset, length) => builder.close(offset, length),
    onArrayEnd: (offset, length) => builder.close(offset, length),
    onObjectProperty: (key, offset) => builder.property(key, offset),
    onSeparator: (char) => builder.separator(char),
    onLiteralValue: (value, offset, length) => builder.literal(value, offset, length),
    onError: (code, offset) => builder.error(code, offset),
  };
}

/** Parses JSON text, refusing nesting deeper than `maxDepth` arrays and objects. Never throws. */
export function parseJson(text: string, maxDepth: number): JsonParseResult {
  const builder = new TreeBuilder(text, maxDepth);
  try {
    visit(text, visitorFor(builder), STRICT);
  } catch (error) {
    if (error instanceof Stop) return { ok: false, problem: error.problem };
    return { ok: false, problem: { kind: 'syntax', offset: 0, detail: String(error) } };
  }
  if (!builder.root) {
    return { ok: false, problem: { kind: 'syntax', offset: 0, detail: 'the text holds no value' } };
  }
  return { ok: true, value: builder.root, duplicates: builder.duplicates };
}
