/**
 * What an account must hold once a deployment is created: every policy part with exactly the
 * document the page shows, the role trusting Cloudcraft's account with the External ID, one-hour
 * sessions, every part attached, and nothing else.
 */
import type { ExpectStatic } from 'vitest';
import {
  accountRootArn,
  buildTrustPolicy,
  listDeployedPolicies,
  type Deployment,
} from './deliverables';
import type { AccountState, PolicyState, RoleState } from './harness';

/** The default version's document of a policy. */
export function defaultDocument(policy: PolicyState): unknown {
  return policy.versions.find((v) => v.isDefault)?.document;
}

/** Asserts the role and its policies are exactly the deployment's, with this External ID. */
export function expectDeployed(
  expect: ExpectStatic,
  state: AccountState,
  deployment: Deployment,
  externalId: string,
): RoleState {
  const role = state.roles[deployment.role.roleName];
  if (!role) throw new Error(`the role ${JSON.stringify(deployment.role.roleName)} does not exist`);
  expect(role.name).toBe(deployment.role.roleName);
  expect(role.trustPolicy).toEqual(
    buildTrustPolicy(accountRootArn(deployment.role.accountId), externalId),
  );
  expect(role.maxSessionDuration).toBe(3600);
  expect(role.inlinePolicies).toEqual([]);
  const expected = listDeployedPolicies(deployment);
  const names = expected.map((p) => p.name).sort();
  expect(role.attached.map((p) => p.name).sort()).toEqual(names);
  expect(state.policyNames).toEqual(names);
  for (const part of expected) {
    const policy = role.attached.find((p) => p.name === part.name);
    expect(policy?.description).toBe(part.description);
    expect(policy?.versions).toHaveLength(1);
    // Compared as text: the same members and elements, in the same order, as the page shows.
    expect(JSON.stringify(policy && defaultDocument(policy))).toBe(JSON.stringify(part.document));
  }
  return role;
}
