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

type Frame =
  | { node: JsonArray; state: JsonExpectation }
  | { node: JsonObject; state: JsonExpectation; keys: Set<string>; key: string; keyOffset: number };

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
  private readonly stack: Frame[] = [];
  private readonly top: JsonExpectation = { expect: 'value', afterComma: false };

  constructor(
    private readonly text: string,
    private readonly maxDepth: number,
  ) {}

  private state(): JsonExpectation {
    return this.stack[this.stack.length - 1]?.state ?? this.top;
  }

  fail(error: JsonSyntaxError): never {
    const { offset, detail } = describeSyntaxError(this.text, error);
    throw new Stop({ kind: 'syntax', offset, detail });
  }

  /** Places a value in its container (or at the top) and says what comes after it. */
  private place(value: JsonValue): void {
    const frame = this.stack[this.stack.length - 1];
    if (!frame) this.root = value;
    else if ('keys' in frame) {
      frame.node.entries.push({ key: frame.key, keyOffset: frame.keyOffset, value });
    } else frame.node.items.push(value);
  }

  private completed(): void {
    const state = this.state();
    state.expect = this.stack.length === 0 ? 'end' : 'after';
    state.afterComma = false;
  }

  open(node: JsonArray | JsonObject): void {
    if (this.stack.length >= this.maxDepth) {
      const detail = `nested deeper than ${this.maxDepth} levels`;
      throw new Stop({ kind: 'depth', offset: node.offset, detail });
    }
    this.place(node);
    const container = node.kind;
    const state: JsonExpectation = { expect: 'value', container, afterComma: false };
    if (node.kind === 'array') this.stack.push({ node, state });
    else
      this.stack.push({
        node,
        state: { ...state, expect: 'key' },
        keys: new Set(),
        key: '',
        keyOffset: 0,
      });
  }

  /** jsonc-parser also ends a container at the end of the text, before reporting it unclosed. */
  close(offset: number, length: number): void {
    const frame = this.stack[this.stack.length - 1];
    const closer = frame?.node.kind === 'array' ? ']' : '}';
    if (!frame || this.text[offset] !== closer) {
      this.fail({ code: 'CloseExpected', offset, context: this.state() });
    }
    this.stack.pop();
    frame.node.end = offset + length;
    this.completed();
  }

  property(key: string, offset: number): void {
    const frame = this.stack[this.stack.length - 1];
    if (!frame || !('keys' in frame)) return;
    if (frame.keys.has(key)) this.duplicates.push({ key, offset });
    else frame.keys.add(key);
    frame.key = key;
    frame.keyOffset = offset;
    frame.state.expect = 'colon';
    frame.state.key = key;
    frame.state.afterComma = false;
  }

  separator(char: string): void {
    const state = this.state();
    if (char === ':') state.expect = 'value';
    else {
      state.expect = state.container === 'object' ? 'key' : 'value';
      state.afterComma = true;
    }
  }

  literal(value: unknown, offset: number, length: number): void {
    if (typeof value === 'number' && NUMBER_TAIL.test(this.text[offset + length] ?? '')) {
      this.fail({ code: 'InvalidNumber', offset, context: this.state() });
    }
    this.place(scalar(value, offset));
    this.completed();
  }

  error(code: ParseErrorCode, offset: number): never {
    return this.fail({ code: printParseErrorCode(code), offset, context: { ...this.state() } });
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
