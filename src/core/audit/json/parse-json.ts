/**
 * A strict JSON parser (RFC 8259, accepting what `JSON.parse` accepts) for untrusted pasted text. It
 * never recurses, so deep nesting cannot overflow the stack; it refuses nesting past a limit; it
 * reports the offset of the first error; it keeps object members as a list, so duplicate keys are
 * seen and keys such as `__proto__` never touch a prototype.
 */
import { JsonStop, scanNumber, scanString, stop } from './json-scan';
import { describeAt, quote } from './json-text';
import type {
  DuplicateKey,
  JsonArray,
  JsonObject,
  JsonParseResult,
  JsonProblem,
  JsonValue,
} from './json-value';

type Frame =
  | { node: JsonArray; close: ']' }
  | { node: JsonObject; close: '}'; keys: Set<string>; key: string; keyOffset: number };

/** Parses JSON text, refusing nesting deeper than `maxDepth` arrays and objects. Never throws. */
export function parseJson(text: string, maxDepth: number): JsonParseResult {
  const reader = new Reader(text, maxDepth);
  try {
    return { ok: true, value: reader.run(), duplicates: reader.duplicates };
  } catch (error) {
    if (error instanceof JsonStop) return { ok: false, problem: error.problem };
    return { ok: false, problem: { kind: 'syntax', offset: reader.pos, detail: String(error) } };
  }
}

class Reader {
  pos = 0;
  readonly duplicates: DuplicateKey[] = [];
  private readonly stack: Frame[] = [];
  private afterComma = false;

  constructor(
    private readonly text: string,
    private readonly maxDepth: number,
  ) {}

  run(): JsonValue {
    let done = this.value();
    for (;;) {
      if (!done) {
        done = this.value();
        continue;
      }
      const top = this.stack[this.stack.length - 1];
      if (!top) return this.finish(done);
      if (top.close === ']') top.node.items.push(done);
      else top.node.entries.push({ key: top.key, keyOffset: top.keyOffset, value: done });
      done = this.next(top);
    }
  }

  private fail(offset: number, detail: string, kind: JsonProblem['kind'] = 'syntax'): never {
    return stop(offset, detail, kind);
  }

  private skipSpace(): void {
    for (;;) {
      const c = this.text.charCodeAt(this.pos);
      if (c !== 32 && c !== 10 && c !== 13 && c !== 9) return;
      this.pos++;
    }
  }

  private finish(value: JsonValue): JsonValue {
    this.skipSpace();
    if (this.pos < this.text.length) {
      const another =
        this.text[this.pos] === '{'
          ? ': a policy is one object, so merge the statements into one "Statement" array'
          : '';
      this.fail(
        this.pos,
        `unexpected ${describeAt(this.text, this.pos)} after the end of the JSON value${another}`,
      );
    }
    return value;
  }

  /** Reads a scalar, or opens a container and returns `undefined` (or the container when empty). */
  private value(): JsonValue | undefined {
    this.skipSpace();
    const start = this.pos;
    const c = this.text[start];
    const comma = this.afterComma;
    this.afterComma = false;
    if (c === '{' || c === '[') return this.open(c);
    if (c === '"') {
      const { value, end } = scanString(this.text, start);
      this.pos = end;
      return { kind: 'string', offset: start, value };
    }
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) {
      const { value, end } = scanNumber(this.text, start);
      this.pos = end;
      return { kind: 'number', offset: start, value };
    }
    for (const [word, literal] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (this.text.startsWith(word, start)) {
        this.pos += word.length;
        return literal === null
          ? { kind: 'null', offset: start }
          : { kind: 'boolean', offset: start, value: literal };
      }
    }
    if (comma && (c === ']' || c === '}'))
      this.fail(start, `a trailing comma before '${c}' is not allowed in JSON`);
    const found = describeAt(this.text, start);
    const hint = /^"(True|False|None|NULL|TRUE|FALSE)"$/.test(found)
      ? ' (JSON writes true, false and null in lower case)'
      : '';
    this.fail(
      start,
      `expected a value (a string, number, object, array, true, false or null) but found ${found}${hint}`,
    );
  }

  private open(c: '{' | '['): JsonValue | undefined {
    const offset = this.pos;
    if (this.stack.length >= this.maxDepth)
      this.fail(offset, `nested deeper than ${this.maxDepth} levels`, 'depth');
    this.pos++;
    const frame: Frame =
      c === '['
        ? { node: { kind: 'array', offset, end: offset, items: [] }, close: ']' }
        : {
            node: { kind: 'object', offset, end: offset, entries: [] },
            close: '}',
            keys: new Set(),
            key: '',
            keyOffset: 0,
          };
    this.skipSpace();
    if (this.text[this.pos] === frame.close) {
      frame.node.end = ++this.pos;
      return frame.node;
    }
    this.stack.push(frame);
    if (frame.close === '}') this.key(frame);
    return undefined;
  }

  /** After an item: a comma (then the next key, in an object) or the closing bracket. */
  private next(top: Frame): JsonValue | undefined {
    this.skipSpace();
    const c = this.text[this.pos];
    if (c === ',') {
      this.pos++;
      this.afterComma = true;
      if (top.close === '}') this.key(top);
      return undefined;
    }
    if (c === top.close) {
      top.node.end = ++this.pos;
      this.stack.pop();
      return top.node;
    }
    const after = top.close === ']' ? 'an array item' : 'a property value';
    this.fail(
      this.pos,
      `expected ',' or '${top.close}' after ${after} but found ${describeAt(this.text, this.pos)}`,
    );
  }

  private key(frame: Extract<Frame, { close: '}' }>): void {
    this.skipSpace();
    const offset = this.pos;
    if (this.text[offset] !== '"') {
      if (this.afterComma && this.text[offset] === '}')
        this.fail(offset, "a trailing comma before '}' is not allowed in JSON");
      this.fail(
        offset,
        `expected a property name in double quotes but found ${describeAt(this.text, offset)}`,
      );
    }
    this.afterComma = false;
    const { value: key, end } = scanString(this.text, offset);
    this.pos = end;
    if (frame.keys.has(key)) this.duplicates.push({ key, offset });
    else frame.keys.add(key);
    frame.key = key;
    frame.keyOffset = offset;
    this.skipSpace();
    if (this.text[this.pos] !== ':') {
      this.fail(
        this.pos,
        `expected ':' after the property name ${quote(key)} but found ${describeAt(this.text, this.pos)}`,
      );
    }
    this.pos++;
  }
}
