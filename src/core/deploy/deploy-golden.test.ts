import { describe, expect, it } from 'vitest';
import type { EditionId } from '../../catalog/types';
import { fixtureCatalog } from '../../test/fixture-catalog';
import type { PolicyMode } from '../policy';
import { DEFAULT_ROLE_INPUTS } from '../role';
import { selectAll } from '../selection';
import { buildDeployment, type Deployment } from './deployment';
import { renderCliScript } from './render-cli';
import { renderCloudFormation } from './render-cloudformation';
import { renderSetupMarkdown } from './render-setup-markdown';
import { renderTerraform } from './render-terraform';
import { renderVerifyScript } from './render-verify';

const externalId = '0f8fad5b-d9cb-469f-a165-70867728950e';

/**
 * Name, edition, mode and External ID of each pinned case, on the fixture catalog: one policy with a
 * resource-scoped statement and a known External ID; a split policy with the External ID left to the
 * user. The JSON template is the YAML one's data (render-cloudformation.test.ts checks that).
 */
const cases: [string, EditionId, PolicyMode, string][] = [
  ['all.minimal-2025-01.published', 'minimal-2025-01', 'published', externalId],
  ['all.custom-20230818.exact', 'custom-20230818', 'exact', ''],
];

describe.each(cases)('golden deployment outputs, %s', (name, editionId, mode, id) => {
  const deployment = buildDeployment(fixtureCatalog, selectAll(fixtureCatalog), editionId, mode, {
    ...DEFAULT_ROLE_INPUTS,
    externalId: id,
  });
  const outputs: [string, (d: Deployment) => string][] = [
    ['cloudformation.yaml', (d) => renderCloudFormation(d, 'yaml')],
    ['tf', renderTerraform],
    ['setup.sh', renderCliScript],
    ['verify.sh', renderVerifyScript],
    ['setup.md', renderSetupMarkdown],
  ];

  it.each(outputs)('renders %s byte for byte', async (extension, render) => {
    await expect(render(deployment)).toMatchFileSnapshot(`__golden__/${name}.${extension}`);
  });
});
