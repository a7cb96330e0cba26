import { describe, expect, it } from 'vitest';
import { parsePolicyInput } from './parse-policy';
import { readPastedPolicy } from './read-pasted-policy';

const document = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 's3:List*', Resource: '*' }],
};

describe('get-role-policy output', () => {
  it('reads the inline policy, the role and the policy name, with findings in the pasted text', () => {
    const text = JSON.stringify(
      { RoleName: 'cloudcraft', PolicyName: 'extra', PolicyDocument: { ...document, Foo: 1 } },
      null,
      4,
    );
    const result = readPastedPolicy(text);
    expect(result.kind).toBe('get-role-policy');
    expect(result.rolePolicy).toEqual({ roleName: 'cloudcraft', policyName: 'extra' });
    expect(result.policy?.statements[0]?.actions).toEqual(['s3:List*']);
    expect(result.findings.map((f) => f.code)).toEqual(['role-policy', 'unknown-element']);
    const line = text.split('\n').findIndex((l) => l.includes('"Foo"')) + 1;
    expect(result.findings[1]).toMatchObject({ line, column: 9 });
    expect(JSON.parse(result.documentText ?? '')).toEqual({ ...document, Foo: 1 });
  });

  it('reads a URL-encoded document as the API returns it', () => {
    const text = JSON.stringify({
      RoleName: 'r',
      PolicyName: 'p',
      PolicyDocument: encodeURIComponent(JSON.stringify(document)),
    });
    const result = parsePolicyInput(text);
    expect(result.findings.map((f) => f.code)).toEqual(['role-policy', 'document-url-encoded']);
    expect(result.policy?.statements).toHaveLength(1);
  });

  it('says what is wrong with a document that is not a policy', () => {
    const result = parsePolicyInput('{"PolicyName": "p", "PolicyDocument": 42}');
    expect(result.policy).toBeUndefined();
    expect(result.findings.map((f) => f.message)).toEqual([
      'Read the inline policy "p" from aws iam get-role-policy output. A role gets the union of all its policies: to audit them together, paste aws iam get-account-authorization-details output (see “What to paste”).',
      '"PolicyDocument" must be the policy, as an object or a URL-encoded string, not a number (42).',
    ]);
  });
});
