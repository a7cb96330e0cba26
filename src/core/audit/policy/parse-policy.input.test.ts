import { describe, expect, it } from 'vitest';
import { parsePolicyInput } from './parse-policy';
import type { Severity } from '../types';

const policy = (statement: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ Version: '2012-10-17', ...extra, Statement: statement });
const allow = (more: Record<string, unknown>) => ({
  Effect: 'Allow',
  Action: 'ec2:Describe*',
  Resource: '*',
  ...more,
});
const doc = policy([allow({})]);

/** Each input, and the findings it must produce, exactly: severity, code, message. */
const corpus: [string, string, [Severity, string, string][]][] = [
  ['empty', '', [['error', 'input-empty', 'The input is empty: paste a policy document.']]],
  [
    'white space only',
    '  \n\t ',
    [['error', 'input-empty', 'The input is empty: paste a policy document.']],
  ],
  [
    'a byte-order mark only',
    '\uFEFF',
    [['error', 'input-empty', 'The input is empty: paste a policy document.']],
  ],
  [
    'truncated JSON',
    '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow"',
    [
      [
        'error',
        'json-invalid',
        "Invalid JSON at line 1, column 59: expected ',' or '}' after a property value but found the end of the text.",
      ],
    ],
  ],
  [
    'a 5 MB string',
    'x'.repeat(5 * 1024 * 1024),
    [
      [
        'error',
        'input-too-large',
        'The input is 5,242,880 characters, more than the 1 MB (1,048,576 bytes) the audit reads, so it was not read. A managed policy holds at most 6,144 characters: paste one policy.',
      ],
    ],
  ],
  [
    '1 MB of characters over 1 MB in UTF-8',
    '\u00e9'.repeat(600_000),
    [
      [
        'error',
        'input-too-large',
        'The input is 1,200,000 bytes in UTF-8, more than the 1 MB (1,048,576 bytes) the audit reads, so it was not read. A managed policy holds at most 6,144 characters: paste one policy.',
      ],
    ],
  ],
  [
    'arrays nested 10,000 deep',
    '['.repeat(10_000) + ']'.repeat(10_000),
    [
      [
        'error',
        'json-too-deep',
        'The JSON is nested more than 64 levels deep (line 1, column 65); a policy needs far fewer, so it was not read.',
      ],
    ],
  ],
  [
    'objects nested 10,000 deep',
    '{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000),
    [
      [
        'error',
        'json-too-deep',
        'The JSON is nested more than 64 levels deep (line 1, column 321); a policy needs far fewer, so it was not read.',
      ],
    ],
  ],
  [
    'a __proto__ key',
    `{"__proto__": {"admin": true}, ${doc.slice(1)}`,
    [
      [
        'error',
        'unknown-element',
        'The policy: unknown element "__proto__"; IAM accepts only Version, Id, Statement here and rejects this policy. The audit ignores it.',
      ],
    ],
  ],
  [
    'a duplicate key',
    '{\n  "Version": "2012-10-17",\n  "Statement": [{\n    "Effect": "Allow",\n    "Action": "s3:*",\n    "Action": "ec2:Describe*",\n    "Resource": "*"\n  }]\n}',
    [
      [
        'warning',
        'duplicate-key',
        'Duplicate key "Action" at line 6, column 5: only its last value is read (as JSON.parse does) and the earlier one is ignored. Keep one of them.',
      ],
    ],
  ],
  [
    'a byte-order mark before the policy',
    `\uFEFF${doc}`,
    [
      [
        'info',
        'bom-stripped',
        'The input starts with a byte-order mark (U+FEFF), which JSON does not allow; the audit removed it.',
      ],
    ],
  ],
  [
    'URL-encoded get-policy-version output',
    JSON.stringify(
      {
        PolicyVersion: {
          Document: encodeURIComponent(doc),
          VersionId: 'v3',
          IsDefaultVersion: true,
          CreateDate: '2023-08-18T10:00:00Z',
        },
      },
      null,
      4,
    ),
    [
      [
        'info',
        'policy-version',
        "Read version v3 from aws iam get-policy-version output. That output does not include the policy's ARN: enter it above the upgrade script, or give it to the script as its argument.",
      ],
      [
        'info',
        'document-url-encoded',
        'The Document is URL-encoded, as the IAM API returns it; the audit decoded it.',
      ],
    ],
  ],
  [
    'get-policy-version output as the CLI prints it',
    JSON.stringify(
      { PolicyVersion: { Document: JSON.parse(doc), VersionId: 'v2', IsDefaultVersion: true } },
      null,
      4,
    ),
    [
      [
        'info',
        'policy-version',
        "Read version v2 from aws iam get-policy-version output. That output does not include the policy's ARN: enter it above the upgrade script, or give it to the script as its argument.",
      ],
    ],
  ],
  [
    'get-policy-version output without a Document',
    '{"PolicyVersion": {"VersionId": "v1", "IsDefaultVersion": true}}',
    [
      [
        'error',
        'policy-version-no-document',
        '"PolicyVersion" has no "Document": paste the output of aws iam get-policy-version (list-policy-versions does not include documents).',
      ],
    ],
  ],
  [
    'a version that is not the default',
    JSON.stringify({
      PolicyVersion: { Document: JSON.parse(doc), VersionId: 'v1', IsDefaultVersion: false },
    }),
    [
      [
        'info',
        'policy-version',
        "Read version v1 from aws iam get-policy-version output. That output does not include the policy's ARN: enter it above the upgrade script, or give it to the script as its argument.",
      ],
      [
        'warning',
        'policy-version-not-default',
        "This is not the policy's default version, so IAM does not apply it. Paste the default version to audit what Cloudcraft gets.",
      ],
    ],
  ],
  [
    'a Document with broken URL encoding',
    '{"PolicyVersion": {"Document": "%7B%22Version%22%3A%E0%A4%A"}}',
    [
      [
        'info',
        'policy-version',
        "Read a policy version from aws iam get-policy-version output. That output does not include the policy's ARN: enter it above the upgrade script, or give it to the script as its argument.",
      ],
      [
        'error',
        'document-encoding',
        'The Document is neither JSON nor valid URL encoding (a "%" must be followed by two hexadecimal digits of UTF-8); paste the output of aws iam get-policy-version unchanged.',
      ],
    ],
  ],
  [
    'a URL-encoded Document that is not JSON',
    JSON.stringify({
      PolicyVersion: { Document: encodeURIComponent('{"Version": "2012-10-17", "Statement": [}') },
    }),
    [
      [
        'info',
        'policy-version',
        "Read a policy version from aws iam get-policy-version output. That output does not include the policy's ARN: enter it above the upgrade script, or give it to the script as its argument.",
      ],
      [
        'info',
        'document-url-encoded',
        'The Document is URL-encoded, as the IAM API returns it; the audit decoded it.',
      ],
      [
        'error',
        'json-invalid',
        "Invalid JSON in the Document at line 1, column 41: expected a value (a string, number, object, array, true, false or null) but found '}'.",
      ],
    ],
  ],
  [
    'a top-level array',
    `[${JSON.stringify(allow({}))}]`,
    [
      [
        'error',
        'not-an-object',
        'The policy must be a JSON object, such as { "Version": "2012-10-17", "Statement": [ ... ] }, not an array. If you pasted only the statements, wrap them in that object.',
      ],
    ],
  ],
  [
    'a top-level string',
    '"hello"',
    [
      [
        'error',
        'not-an-object',
        'The policy must be a JSON object, such as { "Version": "2012-10-17", "Statement": [ ... ] }, not a string.',
      ],
    ],
  ],
  [
    'two policies one after the other',
    `${doc}\n${doc}`,
    [
      [
        'error',
        'json-invalid',
        'Invalid JSON at line 2, column 1: unexpected \'{\' after the end of the JSON value: a policy is one object, so merge the statements into one "Statement" array.',
      ],
    ],
  ],
  [
    'single quotes',
    "{'Version': '2012-10-17'}",
    [
      [
        'error',
        'json-invalid',
        'Invalid JSON at line 1, column 2: expected a property name in double quotes but found a single quote (JSON needs double quotes ").',
      ],
    ],
  ],
  [
    'a trailing comma',
    '{"Version": "2012-10-17", "Statement": [],}',
    [
      [
        'error',
        'json-invalid',
        "Invalid JSON at line 1, column 43: a trailing comma before '}' is not allowed in JSON.",
      ],
    ],
  ],
  [
    'typographic quotes',
    '{\u201cVersion\u201d: \u201c2012-10-17\u201d}',
    [
      [
        'error',
        'json-invalid',
        "Invalid JSON at line 1, column 2: expected a property name in double quotes but found a typographic quote '“' (JSON needs straight double quotes \").",
      ],
    ],
  ],
  [
    'Python literals',
    '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*", "Sid": None}]}',
    [
      [
        'error',
        'json-invalid',
        'Invalid JSON at line 1, column 100: expected a value (a string, number, object, array, true, false or null) but found "None" (JSON writes true, false and null in lower case).',
      ],
    ],
  ],
  [
    'a policy inside a JSON string',
    JSON.stringify(doc),
    [
      [
        'info',
        'document-string',
        'The input is a JSON string holding the policy; the audit read the policy inside it.',
      ],
    ],
  ],
  [
    'an error on a later line',
    '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {"Effect": "Allow" "Action": "*"}\n  ]\n}',
    [
      [
        'error',
        'json-invalid',
        "Invalid JSON at line 4, column 24: expected ',' or '}' after a property value but found '\"'.",
      ],
    ],
  ],
  [
    'an unterminated string',
    '{"Version": "2012-10-17',
    [
      [
        'error',
        'json-invalid',
        'Invalid JSON at line 1, column 13: this string is never closed: the text ends before its closing quote.',
      ],
    ],
  ],
  [
    'a line break inside a string',
    '{"Version": "2012-\n10-17"}',
    [
      [
        'error',
        'json-invalid',
        'Invalid JSON at line 1, column 19: a string cannot contain a line break; close the string first or write it as an escape such as \\n.',
      ],
    ],
  ],
  [
    'a non-breaking space',
    '{"Version":\u00a0"2012-10-17"}',
    [
      [
        'error',
        'json-invalid',
        'Invalid JSON at line 1, column 12: expected a value (a string, number, object, array, true, false or null) but found a non-breaking space (U+00A0).',
      ],
    ],
  ],
  [
    'a comment',
    '{\n  // Cloudcraft\n  "Version": "2012-10-17"\n}',
    [
      [
        'error',
        'json-invalid',
        'Invalid JSON at line 2, column 3: expected a property name in double quotes but found a comment (JSON has no comments: remove it).',
      ],
    ],
  ],
];

describe('parsePolicyInput: input and JSON', () => {
  it.each(corpus)('%s', (_name, input, expected) => {
    const { findings } = parsePolicyInput(input);
    expect(findings.map((f) => [f.severity, f.code, f.message])).toEqual(expected);
  });
});

describe('parsePolicyInput: what it reads', () => {
  it('reads URL-encoded get-policy-version output as the bare document', () => {
    const wrapped = JSON.stringify({
      PolicyVersion: { Document: encodeURIComponent(doc), VersionId: 'v3', IsDefaultVersion: true },
    });
    const result = parsePolicyInput(wrapped);
    expect(result.kind).toBe('get-policy-version');
    expect(result.policyVersion).toEqual({ versionId: 'v3', isDefaultVersion: true });
    expect(result.policy).toEqual(parsePolicyInput(doc).policy);
    expect(result.documentText).toBe(doc);
  });

  it('cuts the document out of CLI output, so it can be saved as current-policy.json', () => {
    const cli = JSON.stringify(
      { PolicyVersion: { Document: JSON.parse(doc), VersionId: 'v2' } },
      null,
      4,
    );
    const result = parsePolicyInput(cli);
    expect(JSON.parse(result.documentText ?? '')).toEqual(JSON.parse(doc));
    expect(result.policy).toEqual(parsePolicyInput(doc).policy);
  });

  it('reads Statement as an object like a one-item array', () => {
    expect(parsePolicyInput(policy(allow({}))).policy).toEqual(
      parsePolicyInput(policy([allow({})])).policy,
    );
  });

  it('keeps the last of duplicate keys and locates the duplicate', () => {
    const text =
      '{\n  "Version": "2012-10-17",\n  "Statement": [{\n    "Effect": "Allow",\n    "Action": "s3:*",\n    "Action": "ec2:Describe*",\n    "Resource": "*"\n  }]\n}';
    const result = parsePolicyInput(text);
    expect(result.policy?.statements[0]?.actions).toEqual(['ec2:Describe*']);
    expect(result.findings[0]).toMatchObject({ code: 'duplicate-key', line: 6, column: 5 });
  });

  it('pollutes no prototype', () => {
    const result = parsePolicyInput(`{"__proto__": {"polluted": true}, ${doc.slice(1)}`);
    expect(result.policy?.statements).toHaveLength(1);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(result.policy)).toBe(Object.prototype);
  });

  it('refuses 10,000-deep nesting and a 5 MB paste at once', () => {
    const start = performance.now();
    parsePolicyInput('['.repeat(10_000) + ']'.repeat(10_000));
    parsePolicyInput('{"a":'.repeat(10_000));
    parsePolicyInput('x'.repeat(5 * 1024 * 1024));
    expect(performance.now() - start).toBeLessThan(200);
  });

  it('locates JSON errors by line and column as well as in the message', () => {
    const result = parsePolicyInput(
      '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {"Effect": "Allow" "Action": "*"}\n  ]\n}',
    );
    expect(result.findings[0]).toMatchObject({ line: 4, column: 24 });
  });
});
