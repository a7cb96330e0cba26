import { fixtureCatalog as catalog } from '../../test/fixture-catalog';
import { parse as parseHcl } from '@cdktf/hcl2json';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { PolicyDocument, PolicyMode } from '../policy';
import { renderPolicyJson } from '../render-policy-json';
import { buildConsoleSteps } from './console-steps';
import { buildDeployment, type Deployment } from './deployment';
import { renderCliScript } from './render-cli';
import { renderCloudFormation } from './render-cloudformation';
import { renderTerraform } from './render-terraform';
import { propertyRuns } from '../../test/property-runs';

const selections = fc.subarray(catalog.services.map((s) => s.id));
/** Role inputs as typed: empty, valid, or anything at all (the renderers must stay correct). */
const roles = fc.record({
  externalId: fc.oneof(
    fc.constant(''),
    fc.uuid(),
    fc.string({ unit: 'binary', minLength: 1 }).filter((s) => !s.includes('\0')),
  ),
  accountId: fc.oneof(fc.constant('968898580625'), fc.stringMatching(/^\d{12}$/)),
  roleName: fc.oneof(fc.constant('cloudcraft'), fc.stringMatching(/^[\w+=,.@-]{1,64}$/)),
});
const modes: PolicyMode[] = ['published', 'exact'];

/** What documents grant: `resources action` pairs, sorted, whatever the split. */
function grantsOf(documents: PolicyDocument[]): string[] {
  return documents
    .flatMap((d) =>
      d.Statement.flatMap((s) => s.Action.map((a) => `${JSON.stringify(s.Resource)} ${a}`)),
    )
    .sort();
}

/** Reads back a word written by `shellQuote`. */
function unquote(word: string): string {
  return word.replace(/'([^']*)'|\\'/g, (_, inner: string | undefined) => inner ?? "'");
}

/** What the CLI script sends: each `--policy-document` word, and the trust policy when embedded. */
function fromCli(script: string): { documents: PolicyDocument[]; trust?: string } {
  const documents = [...script.matchAll(/--policy-document=((?:'[^']*'|\\')+) \\\n/g)].map((m) =>
    JSON.parse(unquote(m[1] ?? '')),
  );
  const trust = /^trust_policy=((?:'[^']*'|\\')+)$/m.exec(script)?.[1];
  return { documents, trust: trust === undefined ? undefined : unquote(trust) };
}

/** What the Terraform file holds: each policy (decoding `jsonencode`) and the External ID default. */
async function fromTerraform(
  text: string,
): Promise<{ documents: PolicyDocument[]; externalId?: string }> {
  const unescape = (s: string) => s.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{');
  const config = await parseHcl('main.tf', text);
  const policies = Object.values(
    config.resource.aws_iam_policy as Record<string, { policy: string }[]>,
  );
  const values = policies.map(([p], i) => `p${i} = ${p?.policy.slice('${jsonencode('.length, -2)}`);
  const decoded = await parseHcl('values.tf', `${values.join('\n')}\n`);
  const documents = policies.map((_, i) => JSON.parse(unescape(JSON.stringify(decoded[`p${i}`]))));
  const externalId = config.variable.external_id[0].default as string | undefined;
  return { documents, externalId: externalId === undefined ? undefined : unescape(externalId) };
}

/** Checks every output of one deployment against the JSON the page shows. */
async function checkOutputs(deployment: Deployment): Promise<void> {
  const json = JSON.parse(renderPolicyJson(deployment.fitted.document)) as PolicyDocument;
  const parts = deployment.fitted.parts.map((p) => p.document);
  const expected = grantsOf([json]);
  expect(grantsOf(parts)).toEqual(expected);

  const template = parseYaml(renderCloudFormation(deployment));
  const resources = Object.values(template.Resources) as {
    Type: string;
    Properties: { PolicyDocument: PolicyDocument };
  }[];
  const cloudFormation = resources
    .filter((r) => r.Type === 'AWS::IAM::ManagedPolicy')
    .map((r) => r.Properties.PolicyDocument);
  expect(grantsOf(cloudFormation)).toEqual(expected);
  expect(cloudFormation).toEqual(parts);
  expect(template.Parameters.ExternalId.Default).toBe(deployment.role.externalId || undefined);

  const terraform = await fromTerraform(renderTerraform(deployment));
  expect(grantsOf(terraform.documents)).toEqual(expected);
  expect(terraform.documents).toEqual(parts);
  // HCL normalises every string literal to Unicode NFC; IAM's External IDs are ASCII, unaffected.
  expect(terraform.externalId).toBe(deployment.role.externalId.normalize('NFC') || undefined);

  const cli = fromCli(renderCliScript(deployment));
  expect(grantsOf(cli.documents)).toEqual(expected);
  expect(cli.documents).toEqual(parts);
  if (deployment.role.externalId) {
    const trust = JSON.parse(cli.trust ?? '');
    expect(trust.Statement[0].Condition.StringEquals['sts:ExternalId']).toBe(
      deployment.role.externalId,
    );
  }

  const steps = buildConsoleSteps(deployment)
    .flatMap((s) => s.values ?? [])
    .filter((v) => v.format === 'json');
  expect(grantsOf(steps.map((v) => JSON.parse(v.value)))).toEqual(expected);
}

describe.each(catalog.editions.flatMap((e) => modes.map((mode) => [e.id, mode] as const)))(
  'every output grants the same, edition %s, mode %s',
  (editionId, mode) => {
    it('JSON, CloudFormation, Terraform, CLI and console steps agree, action for action', async () => {
      await fc.assert(
        fc.asyncProperty(selections, roles, async (selection, role) => {
          await checkOutputs(buildDeployment(catalog, selection, editionId, mode, role));
        }),
        { numRuns: propertyRuns(100) },
      );
    }, 180_000);
  },
);
