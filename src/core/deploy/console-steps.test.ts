import { fixtureCatalog as catalog } from '../../test/fixture-catalog';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ROLE_INPUTS } from '../role';
import { selectAll } from '../selection';
import { buildConsoleSteps, buildCreateRoleLink, POLICIES_CONSOLE_URL } from './console-steps';
import { buildDeployment } from './deployment';

const externalId = '0f8fad5b-d9cb-469f-a165-70867728950e';
const single = buildDeployment(catalog, ['ec2', 's3'], 'minimal-2025-01', 'published', {
  ...DEFAULT_ROLE_INPUTS,
  externalId,
});
const split = buildDeployment(
  catalog,
  selectAll(catalog),
  'custom-20230818',
  'exact',
  DEFAULT_ROLE_INPUTS,
);

describe('buildConsoleSteps', () => {
  it("follows Cloudcraft's steps: policy from JSON, cross-account role, ARN back to Cloudcraft", () => {
    const steps = buildConsoleSteps(single);
    expect(steps.map((s) => s.number)).toEqual(steps.map((_, i) => i + 1));
    expect(steps.map((s) => s.title)).toEqual([
      'Open the IAM Policies console',
      'Create the policy',
      'Start creating the role',
      'Trust Cloudcraft',
      'Attach the policy',
      'Name and create the role',
      'Give Cloudcraft the role ARN',
    ]);
    expect(steps[0]?.link?.href).toBe(POLICIES_CONSOLE_URL);
    expect(steps[1]?.text).toMatch(/Create policy, then the JSON tab/);
    const values = steps[1]?.values ?? [];
    expect(JSON.parse(values[0]?.value ?? '')).toEqual(single.fitted.document);
    expect(values.slice(1).map((v) => v.value)).toEqual([
      'Cloudcraft',
      catalog.getEdition('minimal-2025-01').description,
    ]);
    expect(steps[3]?.text).toMatch(
      /Another AWS account.*Require external ID.*Require MFA unticked/,
    );
    expect(steps[3]?.values?.map((v) => v.value)).toEqual(['968898580625', externalId]);
    expect(steps[5]?.values?.map((v) => v.value)).toEqual(['cloudcraft']);
  });

  it('has a step per policy when the policy is split, each naming its part', () => {
    const steps = buildConsoleSteps(split);
    const count = split.fitted.parts.length;
    expect(steps[0]?.text).toContain(`Create each of the ${count} policies below.`);
    const creates = steps.filter((s) => s.policyIndex !== undefined);
    expect(creates.map((s) => s.title)).toEqual(
      split.fitted.parts.map((_, i) => `Create policy ${i + 1} of ${count}`),
    );
    expect(creates.map((s) => JSON.parse(s.values?.[0]?.value ?? ''))).toEqual(
      split.fitted.parts.map((p) => p.document),
    );
    const attach = steps.find((s) => s.title === 'Attach the policies');
    expect(attach?.values?.map((v) => v.value)).toEqual(
      split.fitted.parts.map((_, i) => `Cloudcraft-${i + 1}`),
    );
  });

  it('links the pre-filled Create role page only when the External ID is known', () => {
    const withId = buildConsoleSteps(single).find((s) => s.title === 'Start creating the role');
    expect(withId?.link?.href).toBe(buildCreateRoleLink('968898580625', externalId, 'cloudcraft'));
    const without = buildConsoleSteps(split);
    expect(without.find((s) => s.title === 'Start creating the role')?.link?.href).not.toContain(
      'externalID',
    );
    const trust = without.find((s) => s.title === 'Trust Cloudcraft');
    expect(trust?.text).toMatch(/External ID Cloudcraft shows in its Add AWS account dialog/);
    expect(trust?.values?.map((v) => v.label)).toEqual(["Cloudcraft's account ID"]);
  });
});

describe('buildCreateRoleLink', () => {
  it("uses Cloudcraft's link format, with every value URL-encoded", () => {
    expect(buildCreateRoleLink('968898580625', 'abc-123', 'cloudcraft')).toBe(
      'https://console.aws.amazon.com/iam/home?#/roles$new?step=type&roleType=crossAccount' +
        '&isThirdParty&accountID=968898580625&externalID=abc-123&roleName=cloudcraft',
    );
    const hostile = 'a&b=c#d e/+?%';
    const link = buildCreateRoleLink('1&x=2', hostile, hostile);
    const params = new URLSearchParams(link.slice(link.indexOf('$new?') + 5));
    expect([params.get('accountID'), params.get('externalID'), params.get('roleName')]).toEqual([
      '1&x=2',
      hostile,
      hostile,
    ]);
    expect(link.split('#')).toHaveLength(2);
  });
});
