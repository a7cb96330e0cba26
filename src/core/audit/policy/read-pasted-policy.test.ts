import { describe, expect, it } from 'vitest';
import { parsePolicyInput } from './parse-policy';
import { findingPlace } from '../analysis/audit-text';
import { fragmentOf, readPastedPolicy } from './read-pasted-policy';

const statement = { Effect: 'Allow', Action: 's3:List*', Resource: '*' };
const document = { Version: '2012-10-17', Statement: [statement] };

describe('readPastedPolicy', () => {
  it('reads a document and get-policy-version output as the parser does', () => {
    const text = JSON.stringify(document);
    expect(fragmentOf(text)).toBeUndefined();
    expect(readPastedPolicy(text)).toEqual(parsePolicyInput(text));
    const cli = JSON.stringify({ PolicyVersion: { Document: encodeURIComponent(text) } });
    expect(readPastedPolicy(cli)).toEqual(parsePolicyInput(cli));
  });

  it.each([
    ['statement', JSON.stringify(statement)],
    ['statements', JSON.stringify([statement])],
    ['action', '"s3:List*"'],
    ['actions', '["s3:List*"]'],
  ])('reads a bare %s as the policy holding it', (kind, text) => {
    expect(fragmentOf(text)).toBe(kind);
    const result = readPastedPolicy(text);
    expect(result.findings.map((f) => f.code)).toEqual(['input-fragment']);
    expect(result.policy?.statements[0]).toMatchObject({
      actions: ['s3:List*'],
      allResources: true,
    });
    expect(JSON.parse(result.documentText ?? '')).toMatchObject({ Version: '2012-10-17' });
  });

  it('points findings in a fragment at the pasted text, byte-order mark included', () => {
    const text = '\ufeff[\n  "s3:List*",\n  "s3 Get"\n]';
    const result = readPastedPolicy(text);
    const format = result.findings.find((f) => f.code === 'action-format');
    expect(format).toMatchObject({ action: 's3 Get', line: 1, column: 2 });
    const pasted = '[{"Effect": "Allow", "Action": "s3:*", "Resource": "*", "Foo": 1}]';
    const column = pasted.indexOf('"Foo"') + 1;
    const unknown = readPastedPolicy(pasted).findings.find((f) => f.code === 'unknown-element');
    expect(unknown).toMatchObject({ line: 1, column });
    expect(findingPlace(unknown!)).toBe(`Statement 1, line 1, column ${column}`);
  });

  it('leaves invalid JSON and other values to the parser', () => {
    for (const text of ['[1, 2]', '[]', '{"Foo": 1}', '"{\\"Version\\": 1}"', '{"Effect": ']) {
      expect(fragmentOf(text)).toBeUndefined();
      expect(readPastedPolicy(text)).toEqual(parsePolicyInput(text));
    }
  });

  it('refuses 1 MB of nesting as the parser does, without overflowing the stack', () => {
    for (const text of ['['.repeat(1_000_000), '['.repeat(500_000) + ']'.repeat(500_000)]) {
      expect(readPastedPolicy(text).findings.map((f) => f.code)).toEqual(['json-too-deep']);
    }
  });
});
