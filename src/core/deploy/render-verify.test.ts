import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ROLE_INPUTS } from '../role';
import { selectAll } from '../selection';
import { fixtureCatalog as catalog } from '../../test/fixture-catalog';
import { withRole } from '../../test/with-role';
import { buildDeployment } from './deployment';
import { buildVerificationPlan, renderVerifyScript } from './render-verify';

// What the script concludes from IAM's answers is judged with the real AWS CLI against an emulator
// and a documented simulator stand-in: aws/verify-script.test.ts (npm run test:aws). These tests
// need no AWS CLI.

const small = buildDeployment(
  catalog,
  ['ec2', 's3', 'apigateway'],
  'minimal-2025-01',
  'published',
  {
    ...DEFAULT_ROLE_INPUTS,
    externalId: 'abc-123',
  },
);

describe('renderVerifyScript', () => {
  it('is valid sh', () => {
    const all = buildDeployment(
      catalog,
      selectAll(catalog),
      'custom-20230818',
      'exact',
      DEFAULT_ROLE_INPUTS,
    );
    for (const deployment of [small, all]) {
      expect(spawnSync('/bin/sh', ['-n'], { input: renderVerifyScript(deployment) }).status).toBe(
        0,
      );
    }
  });

  it('checks every batch of the plan, once', () => {
    const all = buildDeployment(
      catalog,
      selectAll(catalog),
      'custom-20230818',
      'exact',
      DEFAULT_ROLE_INPUTS,
    );
    const checks = renderVerifyScript(all).match(/^check (allowed|denied) /gm) ?? [];
    expect(checks).toHaveLength(buildVerificationPlan(all).length);
  });

  it('sets a hostile role name and External ID verbatim', () => {
    const hostile = `a'b $(touch injected) \`touch injected2\`;" *`;
    const deployment = withRole(
      buildDeployment(catalog, ['ec2'], 'minimal-2025-01', 'exact', DEFAULT_ROLE_INPUTS),
      {
        ...DEFAULT_ROLE_INPUTS,
        roleName: hostile,
        externalId: hostile,
      },
    );
    const assignments = renderVerifyScript(deployment)
      .split('\n')
      .filter((line) => /^(role_name|expected_external_id)=/.test(line));
    const result = spawnSync('/bin/sh', [], {
      input: `${assignments.join('\n')}\nprintf '%s\\0' "$role_name" "$expected_external_id"\n`,
      env: {},
      encoding: 'utf8',
    });
    expect(result.stdout.split('\0').slice(0, -1)).toEqual([hostile, hostile]);
  });
});
