import { fixtureCatalog as catalog } from '../../test/fixture-catalog';
import jmespath from 'jmespath';
import { describe, expect, it } from 'vitest';
import { buildTrustPolicy, DEFAULT_ROLE_INPUTS } from '../role';
import { selectAll } from '../selection';
import { buildDeployment } from './deployment';
import {
  ALLOWED_QUERY,
  buildVerificationPlan,
  EXTERNAL_ID_QUERY,
  NOT_ALLOWED_QUERY,
  sampleResourceArn,
  UNCONDITIONED_QUERY,
} from './render-verify';

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

describe('buildVerificationPlan', () => {
  it('checks every exact action on a resource it is granted on, and samples of writes', () => {
    for (const deployment of [
      small,
      buildDeployment(
        catalog,
        selectAll(catalog),
        'custom-20230818',
        'published',
        DEFAULT_ROLE_INPUTS,
      ),
    ]) {
      const plan = buildVerificationPlan(deployment);
      const allowed = new Set(plan.filter((b) => b.expect === 'allowed').flatMap((b) => b.actions));
      expect([...allowed].sort()).toEqual([...deployment.model.exactActions].sort());
      expect(plan.every((b) => b.actions.length > 0 && b.actions.length <= 50)).toBe(true);
      const denied = plan.filter((b) => b.expect === 'denied').flatMap((b) => b.actions);
      expect(denied).toContain('ec2:TerminateInstances');
      expect(denied).toContain('iam:PassRole');
      expect(denied.filter((a) => allowed.has(a))).toEqual([]);
    }
  });

  it('simulates scoped grants on ARNs their resource patterns match', () => {
    expect(sampleResourceArn('arn:aws:apigateway:*::/domainnames/*/apimappings')).toBe(
      'arn:aws:apigateway:us-east-1::/domainnames/example/apimappings',
    );
    expect(sampleResourceArn('*')).toBe('*');
    const scoped = buildVerificationPlan(small).filter((b) => b.resource !== '*');
    expect(scoped.map((b) => b.actions)).toEqual(Array(8).fill(['apigateway:GET']));
  });
});

describe('the queries', () => {
  const results = {
    EvaluationResults: [
      { EvalActionName: 's3:ListBucket', EvalDecision: 'allowed' },
      { EvalActionName: 's3:PutObject', EvalDecision: 'implicitDeny' },
      { EvalActionName: 'iam:PassRole', EvalDecision: 'explicitDeny' },
    ],
  };
  const role = (document: unknown) => ({ Role: { AssumeRolePolicyDocument: document } });
  const trust = buildTrustPolicy('968898580625', 'abc-123');

  it('pick the allowed and the other actions from a simulation (JMESPath as the CLI runs it)', () => {
    expect(jmespath.search(results, NOT_ALLOWED_QUERY)).toEqual(['s3:PutObject', 'iam:PassRole']);
    expect(jmespath.search(results, ALLOWED_QUERY)).toEqual(['s3:ListBucket']);
  });

  it('count Allow statements without an External ID, and read the External ID', () => {
    expect(jmespath.search(role(trust), UNCONDITIONED_QUERY)).toBe(0);
    expect(jmespath.search(role(trust), EXTERNAL_ID_QUERY)).toEqual(['abc-123']);
    const [statement] = trust.Statement;
    const open = { ...statement, Condition: undefined };
    const other = { ...statement, Condition: { StringEquals: { 'aws:PrincipalAccount': '1' } } };
    const deny = { ...open, Effect: 'Deny' };
    expect(jmespath.search(role({ Statement: [open] }), UNCONDITIONED_QUERY)).toBe(1);
    expect(
      jmespath.search(role({ Statement: [statement, other, deny] }), UNCONDITIONED_QUERY),
    ).toBe(1);
  });
});
