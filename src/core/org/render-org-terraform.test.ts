import { describe, expect, it } from 'vitest';
import { fixtureCatalog as catalog } from '../../test/fixture-catalog';
import {
  decodeJsonencode,
  parseTerraform,
  parseTerraformRaw,
  type Config,
} from '../../test/terraform';
import { withRole } from '../../test/with-role';
import { buildDeployment } from '../deploy/deployment';
import { buildCloudFormationTemplate } from '../deploy/render-cloudformation';
import { DEFAULT_ROLE_INPUTS } from '../role';
import { selectAll } from '../selection';
import { renderOrgTerraform } from './render-org-terraform';

const role = { ...DEFAULT_ROLE_INPUTS, roleName: '-cloudcraft', externalId: 'ab' };
const deployment = buildDeployment(catalog, selectAll(catalog), 'custom-20230818', 'exact', role);

describe('renderOrgTerraform', () => {
  it('parses, with a service-managed StackSet, its OU instances and the management stack', async () => {
    const config: Config = await parseTerraform(renderOrgTerraform(deployment));
    const stackSet = config.resource.aws_cloudformation_stack_set.cloudcraft[0];
    expect(stackSet).toMatchObject({
      permission_model: 'SERVICE_MANAGED',
      capabilities: ['CAPABILITY_NAMED_IAM'],
      call_as: '${var.call_as}',
      auto_deployment: [{ enabled: true, retain_stacks_on_account_removal: false }],
      parameters: {
        ExternalId: '${var.external_id}',
        RoleName: '${var.role_name}',
        CloudcraftAccountId: '${var.cloudcraft_account_id}',
      },
    });
    const instance = config.resource.aws_cloudformation_stack_set_instance.cloudcraft[0];
    expect(instance).toMatchObject({
      stack_set_instance_region: '${var.region}',
      deployment_targets: [{ organizational_unit_ids: '${var.organizational_unit_ids}' }],
    });
    const management = config.resource.aws_cloudformation_stack.management_account[0];
    expect(management.count).toBe('${var.deploy_to_management_account ? 1 : 0}');
    expect(config.variable.region[0].default).toBe('us-east-1');
    expect(config.variable.role_name[0].default).toBe('-cloudcraft');
    expect(config.variable.external_id[0].default).toBe('ab');
  });

  it('keeps any External ID a literal', async () => {
    const hostile = withRole(deployment, { externalId: 'a${b}%{c}"' });
    const config: Config = await parseTerraform(renderOrgTerraform(hostile));
    expect(config.variable.external_id[0].default).toBe('a${b}%{c}"');
  });

  it('deploys exactly the template the page offers', async () => {
    const config: Config = await parseTerraformRaw(renderOrgTerraform(deployment));
    const template = await decodeJsonencode(config.locals[0].template_body);
    expect(template).toEqual(buildCloudFormationTemplate(deployment));
  });
});
