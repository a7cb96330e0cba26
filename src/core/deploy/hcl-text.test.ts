import { parse } from '@cdktf/hcl2json';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HclExpression, hclString, renderHclBlock, renderHclValue } from './hcl-text';
import { propertyRuns } from '../../test/property-runs';

describe('hclString', () => {
  it('round-trips any string through HashiCorp’s parser as a literal', async () => {
    const strings = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.constantFrom('\uf900', 'e\u0301', '\u212b'),
      fc.string({ unit: fc.constantFrom('$', '%', '{', '}', '\\', '"', '\n', '\t', '~', 'a') }),
    );
    await fc.assert(
      fc.asyncProperty(strings, async (value) => {
        const { v } = await parse('v.tf', `v = ${hclString(value)}\n`);
        // hcl2json writes Terraform's JSON form, where `$${` and `%%{` stand for `${` and `%{`;
        // HCL normalises every string literal to Unicode NFC, escaped or not.
        expect(
          String(v)
            .replace(/\$\$\{/g, '${')
            .replace(/%%\{/g, '%{'),
        ).toBe(value.normalize('NFC'));
      }),
      { numRuns: propertyRuns(500) },
    );
  });

  it('escapes template sequences so nothing is interpolated', () => {
    expect(hclString('${var.x} %{ if } $${y}')).toBe('"$${var.x} %%{ if } $$${y}"');
  });
});

describe('renderHclBlock', () => {
  it('lays out blocks as terraform fmt does', () => {
    const text = renderHclBlock({
      type: 'resource',
      labels: ['aws_iam_role', 'cloudcraft'],
      body: [
        { name: 'name', value: new HclExpression('var.role_name') },
        { name: 'max_session_duration', value: 3600 },
        { name: 'tags', value: { a: 'b', 'x:y': [] } },
        { name: 'n', value: true },
        { block: { type: 'lifecycle', labels: [], body: [] } },
      ],
    });
    expect(text).toBe(
      [
        'resource "aws_iam_role" "cloudcraft" {',
        '  name                 = var.role_name',
        '  max_session_duration = 3600',
        '  tags = {',
        '    a     = "b"',
        '    "x:y" = []',
        '  }',
        '  n = true',
        '',
        '  lifecycle {}',
        '}',
      ].join('\n'),
    );
  });

  it('writes lists one item a line with trailing commas', () => {
    expect(renderHclValue(['a', { b: 1 }], '  ')).toBe(
      '[\n    "a",\n    {\n      b = 1\n    },\n  ]',
    );
  });
});
