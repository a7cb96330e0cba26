import { describe, expect, it } from 'vitest';
import { trustsAccount } from './trusts-account';

const CLOUDCRAFT = '968898580625';
const trust = (principal: unknown, effect = 'Allow') => ({
  Version: '2012-10-17',
  Statement: [{ Effect: effect, Principal: principal, Action: 'sts:AssumeRole' }],
});

describe('trustsAccount', () => {
  it.each([
    ['the account root', { AWS: `arn:aws:iam::${CLOUDCRAFT}:root` }],
    ['the bare account ID', { AWS: CLOUDCRAFT }],
    ['a role of the account', { AWS: `arn:aws:iam::${CLOUDCRAFT}:role/scanner` }],
    ['an STS session of the account', { AWS: `arn:aws:sts::${CLOUDCRAFT}:assumed-role/a/b` }],
    ['a GovCloud principal', { AWS: `arn:aws-us-gov:iam::${CLOUDCRAFT}:root` }],
    ['one of several', { AWS: ['arn:aws:iam::111122223333:root', CLOUDCRAFT] }],
  ])('trusts %s', (_, principal) => {
    expect(trustsAccount(trust(principal), CLOUDCRAFT)).toBe(true);
  });

  it.each([
    ['another account', { AWS: 'arn:aws:iam::111122223333:root' }],
    ['a service', { Service: 'ec2.amazonaws.com' }],
    ['everyone', '*'],
    ['an account ID inside another value', { AWS: `arn:aws:iam::111122223333:role/${CLOUDCRAFT}` }],
  ])('does not trust %s', (_, principal) => {
    expect(trustsAccount(trust(principal), CLOUDCRAFT)).toBe(false);
  });

  it('ignores a Deny, and reads the document as the API returns it, URL-encoded', () => {
    const principal = { AWS: `arn:aws:iam::${CLOUDCRAFT}:root` };
    expect(trustsAccount(trust(principal, 'Deny'), CLOUDCRAFT)).toBe(false);
    const encoded = encodeURIComponent(JSON.stringify(trust(principal)));
    expect(trustsAccount(encoded, CLOUDCRAFT)).toBe(true);
    expect(trustsAccount(JSON.stringify(trust(principal)), CLOUDCRAFT)).toBe(true);
    for (const bad of ['%E0%A4%A', '{', 42, null, undefined, { Statement: 'x' }]) {
      expect(trustsAccount(bad, CLOUDCRAFT)).toBe(false);
    }
  });
});
