import { decodeJsonencode, parseTerraform, type Config } from '../../test/terraform';
import { fixtureCatalog as catalog } from '../../test/fixture-catalog';
import { withRole } from '../../test/with-role';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ROLE_INPUTS, externalIdError } from '../role';
import { selectAll } from '../selection';
import { buildDeployment, datasetDate, type Deployment } from './deployment';
import { renderTerraform, TERRAFORM_EXTERNAL_ID_REGEX } from './render-terraform';
import { propertyRuns } from '../../test/property-runs';

const role = { ...DEFAULT_ROLE_INPUTS, externalId: '0f8fad5b-d9cb-469f-a165-70867728950e' };
const cases: [string, Deployment][] = [
  [
    'one policy',
    buildDeployment(catalog, ['ec2', 'apigateway'], 'minimal-2025-01', 'published', role),
  ],
  [
    'all services, split',
    buildDeployment(catalog, selectAll(catalog), 'custom-20230818', 'exact', role),
  ],
  [
    'no External ID yet',
    buildDeployment(catalog, ['s3'], 'custom-2018-06-01', 'exact', DEFAULT_ROLE_INPUTS),
  ],
];

describe.each(cases)('renderTerraform, %s', (_, deployment) => {
  const text = renderTerraform(deployment);
  const config = parseTerraform(text);

  it('is HCL whose policies decode to the fitted policy, part for part', async () => {
    const { resource } = await config;
    const policies = Object.values(resource.aws_iam_policy as Record<string, Config[]>).map(
      ([p]) => p,
    );
    const documents = await Promise.all(policies.map((p) => decodeJsonencode(p.policy)));
    expect(documents).toEqual(deployment.fitted.parts.map((p) => p.document));
    const edition = catalog.getEdition(deployment.editionId);
    const count = policies.length;
    for (const [i, p] of policies.entries()) {
      expect(p.name).toBe(count === 1 ? 'Cloudcraft' : `Cloudcraft-${i + 1}`);
      const suffix = count === 1 ? '' : ` (part ${i + 1} of ${count})`;
      expect(p.description).toBe(`${edition.description}${suffix}`);
    }
    const attachments = Object.entries(
      resource.aws_iam_role_policy_attachment as Record<string, Config[]>,
    );
    expect(attachments.map(([, [a]]) => a)).toEqual(
      Object.keys(resource.aws_iam_policy).map((name) => ({
        role: '${aws_iam_role.cloudcraft.name}',
        policy_arn: `\${aws_iam_policy.${name}.arn}`,
      })),
    );
  });

  it('creates a role only Cloudcraft can assume, and only with the External ID', async () => {
    const { resource, data, output } = await config;
    const [roleBlock] = resource.aws_iam_role.cloudcraft;
    expect(roleBlock.name).toBe('${var.role_name}');
    expect(roleBlock.max_session_duration).toBe(3600);
    expect(await decodeJsonencode(roleBlock.assume_role_policy)).toEqual({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: {
            AWS: 'arn:${data.aws_partition.current.partition}:iam::${var.cloudcraft_account_id}:root',
          },
          Action: 'sts:AssumeRole',
          Condition: { StringEquals: { 'sts:ExternalId': '${var.external_id}' } },
        },
      ],
    });
    expect(data.aws_partition.current).toEqual([{}]);
    expect(output.role_arn[0].value).toBe('${aws_iam_role.cloudcraft.arn}');
  });

  it('takes validated variables, defaulting to what the user entered', async () => {
    const { variable } = await config;
    const [externalId] = variable.external_id;
    expect(externalId.default).toBe(deployment.role.externalId || undefined);
    expect(externalId.validation[0].condition).toContain(`regex("^[\\\\w+=,.@:/-]+$"`);
    expect(variable.role_name[0].default).toBe('cloudcraft');
    expect(variable.cloudcraft_account_id[0].default).toBe('968898580625');
  });

  it('says what it grants in its header', () => {
    const header = text.slice(0, text.indexOf('\n\n'));
    for (const needle of [
      catalog.getEdition(deployment.editionId).label,
      datasetDate(catalog.dataset),
      'Amazon EC2',
    ]) {
      expect(header).toContain(needle);
    }
  });
});

describe('renderTerraform values', () => {
  it('checks the External ID as IAM does, with a regex RE2 accepts', () => {
    expect(TERRAFORM_EXTERNAL_ID_REGEX).not.toMatch(/\{/);
    const terraformAccepts = (s: string) =>
      s.length >= 2 && s.length <= 1224 && new RegExp(TERRAFORM_EXTERNAL_ID_REGEX).test(s);
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 1300 }), fc.stringMatching(/^[\w+=,.@:/-]{0,1300}$/)),
        (s) => {
          expect(terraformAccepts(s)).toBe(externalIdError(s) === undefined);
        },
      ),
      { numRuns: propertyRuns(500) },
    );
  });

  it('keeps hostile values literal: no interpolation, no directive, no broken string', async () => {
    const externalId = 'a"b\\c ${var.x} %{ if true }d%{ endif } $${e} \n\t\u0001 é 😀';
    const roleName = 'r${path.module}"';
    const deployment = withRole(
      buildDeployment(catalog, ['ec2'], 'minimal-2025-01', 'exact', DEFAULT_ROLE_INPUTS),
      {
        ...role,
        externalId,
        roleName,
      },
    );
    const { variable } = await parseTerraform(renderTerraform(deployment));
    expect(variable.external_id[0].default).toBe(externalId);
    expect(variable.role_name[0].default).toBe(roleName);
  });
});
