import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  accountIdError,
  accountRootArn,
  buildTrustPolicy,
  externalIdError,
  roleNameError,
} from './role';

describe('externalIdError', () => {
  it('accepts what IAM accepts', () => {
    for (const id of [
      'ab',
      'a'.repeat(1224),
      '0f8fad5b-d9cb-469f-a165-70867728950e',
      'a+=,.@:/-_Z9',
    ]) {
      expect(externalIdError(id)).toBeUndefined();
    }
  });

  it('says what is wrong with what IAM refuses', () => {
    expect(externalIdError('')).toBe('The External ID needs at least 2 characters.');
    expect(externalIdError('a')).toBe('The External ID needs at least 2 characters.');
    expect(externalIdError('a'.repeat(1225))).toBe(
      'The External ID can have at most 1,224 characters.',
    );
    expect(externalIdError('ab c$d$')).toBe(
      'The External ID cannot contain spaces, "$": use letters, digits and + = , . @ : / - _ only.',
    );
    expect(externalIdError("a'b")).toMatch(/cannot contain "'"/);
  });
});

describe('accountIdError and roleNameError', () => {
  it('validates account IDs as 12 digits', () => {
    expect(accountIdError('968898580625')).toBeUndefined();
    expect(accountIdError('96889858062')).toBe('An AWS account ID is exactly 12 digits.');
    expect(accountIdError('96889858062a')).toBeDefined();
  });

  it('validates role names as IAM does', () => {
    expect(roleNameError('cloudcraft')).toBeUndefined();
    expect(roleNameError('a'.repeat(64))).toBeUndefined();
    expect(roleNameError('')).toBe('The role name cannot be empty.');
    expect(roleNameError('a'.repeat(65))).toBe('A role name can have at most 64 characters.');
    expect(roleNameError('my role')).toBe(
      'A role name can use letters, digits and + = , . @ - _ only.',
    );
    for (const name of ['-', '-cloudcraft', '---', '+=,.@_-'])
      expect(roleNameError(name)).toBeUndefined();
    expect(roleNameError('--')).toBe(
      'IAM allows the role name "--", but the AWS CLI cannot pass it: choose another.',
    );
  });
});

describe('buildTrustPolicy', () => {
  it("has the shape of Cloudcraft's published trust policy", () => {
    const published = JSON.parse(
      readFileSync(
        new URL('../../reference/policies/cloudcraft-trust-policy.json', import.meta.url),
        'utf8',
      ),
    ) as unknown;
    expect(
      buildTrustPolicy(accountRootArn('968898580625'), '<external ID shown in Cloudcraft>'),
    ).toEqual(published);
  });
});
