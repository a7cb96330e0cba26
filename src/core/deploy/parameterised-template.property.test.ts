/**
 * For random selections, role inputs, editions and modes: the parameterised template, resolved with
 * the parameters the Launch Stack link carries, creates a role whose policies grant exactly what the
 * page's policy grants, each policy within IAM's limit and none empty.
 */
import { bundledCatalog as catalog } from '../../catalog/bundled';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EditionId } from '../../catalog/types';
import type { PolicyDocument, PolicyMode } from '../policy';
import { buildDeployment, type Deployment } from './deployment';
import { buildLaunchStackParameters } from './launch-stack';
import { buildParameterisedTemplate } from './parameterised-template';
import { resolveTemplate, type ResolvedStack } from './test-support/resolve-template';
import { propertyRuns } from '../../test/property-runs';

const modes: PolicyMode[] = ['published', 'exact'];
const templates = new Map(
  catalog.editions.flatMap((e) =>
    modes.map(
      (mode) => [`${e.id} ${mode}`, buildParameterisedTemplate(catalog, e.id, mode)] as const,
    ),
  ),
);

/** What documents grant, as sorted `resource action` pairs: the same pairs are the same grants. */
function grantPairs(documents: readonly PolicyDocument[]): string[] {
  const pairs = documents.flatMap((d) =>
    d.Statement.flatMap((s) => {
      const actions = typeof s.Action === 'string' ? [s.Action] : s.Action;
      const resources = typeof s.Resource === 'string' ? [s.Resource] : s.Resource;
      return actions.flatMap((a) => resources.map((r) => `${r} ${a.toLowerCase()}`));
    }),
  );
  return [...new Set(pairs)].sort();
}

/** IAM's count: the document's JSON without white space (measured here, not by the code under test). */
const iamSize = (document: unknown) => JSON.stringify(document).replace(/\s/g, '').length;

/** The stack CloudFormation would create from the link's parameters (the External ID typed in the console when the link has none). */
function deploy(deployment: Deployment): ResolvedStack {
  const template = templates.get(`${deployment.editionId} ${deployment.model.mode}`)!;
  const parameters = buildLaunchStackParameters(deployment);
  return resolveTemplate(template as never, { ExternalId: 'typed-in-console', ...parameters });
}

function checkStack(deployment: Deployment, stack: ResolvedStack): void {
  const resources = Object.entries(stack.resources);
  const policies = resources.filter(([, r]) => r.Type === 'AWS::IAM::ManagedPolicy');
  const roles = resources.filter(([, r]) => r.Type === 'AWS::IAM::Role');
  expect(roles).toHaveLength(1);
  const role = roles[0]![1].Properties as Record<string, unknown>;
  const documents = policies.map(([, p]) => p.Properties.PolicyDocument as PolicyDocument);
  for (const document of documents) {
    expect(document.Statement.length).toBeGreaterThan(0);
    expect(iamSize(document)).toBeLessThanOrEqual(6144);
  }
  const arns = policies.map(
    ([, p]) => `arn:aws:iam::123456789012:policy/${String(p.Properties.ManagedPolicyName)}`,
  );
  expect([...(role.ManagedPolicyArns as string[])].sort()).toEqual([...arns].sort());
  expect(arns.length).toBeLessThanOrEqual(10);
  expect(role.RoleName).toBe(deployment.role.roleName);
  const trust = JSON.stringify(role.AssumeRolePolicyDocument);
  expect(trust).toContain(`arn:aws:iam::${deployment.role.accountId}:root`);
  expect(trust).toContain(JSON.stringify(deployment.role.externalId || 'typed-in-console'));
  const page = deployment.fitted.parts.map((p) => p.document);
  expect(grantPairs(documents)).toEqual(grantPairs(page));
}

const roles = fc.record({
  externalId: fc.oneof(fc.constant(''), fc.uuid(), fc.stringMatching(/^[\w+=,.@:/-]{2,80}$/)),
  accountId: fc.oneof(fc.constant('968898580625'), fc.stringMatching(/^\d{12}$/)),
  roleName: fc.oneof(fc.constant('cloudcraft'), fc.stringMatching(/^[\w+=,.@-]{1,64}$/)),
});

describe('the parameterised template deployed with the Launch Stack parameters', () => {
  it('grants exactly the page’s policy for random selections, editions, modes and role inputs', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...catalog.editions.map((e) => e.id)),
        fc.constantFrom(...modes),
        fc.subarray(catalog.services.map((s) => s.id)),
        roles,
        (editionId: EditionId, mode, selection, role) => {
          const deployment = buildDeployment(catalog, selection, editionId, mode, role);
          checkStack(deployment, deploy(deployment));
        },
      ),
      { numRuns: propertyRuns(300) },
    );
  });

  it.each(catalog.editions.flatMap((e) => modes.map((mode) => [e.id, mode] as const)))(
    'grants exactly the page’s policy with all services, each alone, and each left out (%s, %s)',
    (editionId, mode) => {
      const ids = catalog.services.map((s) => s.id);
      const role = { externalId: '', accountId: '968898580625', roleName: 'cloudcraft' };
      for (const id of ids) {
        for (const selection of [[id], ids.filter((other) => other !== id), ids]) {
          const deployment = buildDeployment(catalog, selection, editionId, mode, role);
          checkStack(deployment, deploy(deployment));
        }
      }
    },
  );
});
