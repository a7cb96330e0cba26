import { describe, expect, it } from 'vitest';
import type { EditionId } from '../../catalog/types';
import type { PolicyMode } from '../policy';
import { DEFAULT_ROLE_INPUTS } from '../role';
import { selectAll } from '../selection';
import { buildDeployment } from './deployment';
import { renderCliScript } from './render-cli';
import { renderCloudFormation } from './render-cloudformation';
import { renderSetupMarkdown } from './render-setup-markdown';
import { renderTerraform } from './render-terraform';
import { renderVerifyScript } from './render-verify';

const externalId = '0f8fad5b-d9cb-469f-a165-70867728950e';

/** Name, selection, edition, mode and External ID of each pinned case. */
const cases: [string, readonly string[], EditionId, PolicyMode, string][] = [
  ['all.minimal-2025-01.published', selectAll(), 'minimal-2025-01', 'published', externalId],
  ['ec2-s3.custom-20230818.exact', ['ec2', 's3'], 'custom-20230818', 'exact', ''],
  ['all.custom-20230818.exact', selectAll(), 'custom-20230818', 'exact', externalId],
];

describe.each(cases)('golden deployment outputs, %s', (name, selection, editionId, mode, id) => {
  const deployment = buildDeployment(selection, editionId, mode, {
    ...DEFAULT_ROLE_INPUTS,
    externalId: id,
  });
  const outputs: [string, (d: typeof deployment) => string][] = [
    ['cloudformation.yaml', (d) => renderCloudFormation(d, 'yaml')],
    ['cloudformation.json', (d) => renderCloudFormation(d, 'json')],
    ['tf', renderTerraform],
    ['setup.sh', renderCliScript],
    ['verify.sh', renderVerifyScript],
    ['setup.md', renderSetupMarkdown],
  ];

  it.each(outputs)('renders %s byte for byte', async (extension, render) => {
    await expect(render(deployment)).toMatchFileSnapshot(`__golden__/${name}.${extension}`);
  });
});
