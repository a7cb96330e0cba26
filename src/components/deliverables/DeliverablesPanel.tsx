import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import { useMemo, useState } from 'react';
import type { TemplateFormat } from '../../core/deploy/render-cloudformation';
import type { Deployment } from '../../core/deploy/deployment';
import { FileTabs } from '../common/FileTabs';
import { withDeferredDeployment } from '../common/with-deferred-deployment';
import { templateBaseUrl } from '../../lib/template-base-url';
import { deliverables, type DeliverableId } from './deliverables';
import { LaunchStack } from './LaunchStack';
import { UploadTemplateSteps } from './UploadTemplateSteps';

/** The role and policy as code: CloudFormation, Terraform, CLI, a verification script and a document. */
function DeliverablesBody({ deployment }: { deployment: Deployment }) {
  const [tab, setTab] = useState<DeliverableId>('cloudformation');
  const [format, setFormat] = useState<TemplateFormat>('yaml');
  const current = deliverables.find((d) => d.id === tab) ?? deliverables[0]!;
  const text = useMemo(() => current.render(deployment, format), [current, deployment, format]);
  const fileName = current.fileName(format);

  return (
    <FileTabs
      label="Deliverables"
      idStem=""
      tabs={deliverables}
      value={tab}
      onChange={setTab}
      file={{ ...current, text, fileName }}
      tools={
        tab === 'cloudformation' && (
          <ToggleButtonGroup
            exclusive
            size="small"
            value={format}
            aria-label="Template format"
            onChange={(_, v: unknown) => (v === 'yaml' || v === 'json') && setFormat(v)}
          >
            <ToggleButton value="yaml">YAML</ToggleButton>
            <ToggleButton value="json">JSON</ToggleButton>
          </ToggleButtonGroup>
        )
      }
    >
      {tab === 'cloudformation' &&
        (templateBaseUrl ? (
          <LaunchStack deployment={deployment} base={templateBaseUrl} />
        ) : (
          <UploadTemplateSteps fileName={fileName} />
        ))}
    </FileTabs>
  );
}

// Deferred inputs: the policy updates within the frame; these longer texts follow in the background.
export default withDeferredDeployment(DeliverablesBody);
