import Box from '@mui/material/Box';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import type { TemplateFormat } from '../../core/deploy/render-cloudformation';
import type { Deployment } from '../../core/deploy/deployment';
import { withDeferredDeployment } from '../common/with-deferred-deployment';
import { templateBaseUrl } from '../../lib/template-base-url';
import { CopyButton } from '../common/CopyButton';
import { DownloadButton } from '../common/DownloadButton';
import { PolicyText } from '../policy/PolicyText';
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
    <Box>
      <Tabs
        value={tab}
        onChange={(_, value: DeliverableId) => setTab(value)}
        variant="scrollable"
        allowScrollButtonsMobile
        aria-label="Deliverables"
      >
        {deliverables.map((d) => (
          <Tab
            key={d.id}
            value={d.id}
            label={d.label}
            id={`tab-${d.id}`}
            aria-controls={`panel-${d.id}`}
          />
        ))}
      </Tabs>
      <Box role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} sx={{ pt: 2 }}>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {current.summary}
        </Typography>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center', mb: 1 }}>
          {tab === 'cloudformation' && (
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
          )}
          <Box sx={{ flex: 1 }} />
          <CopyButton text={text} what={`${current.label} ${fileName}`} />
          <DownloadButton
            text={text}
            fileName={fileName}
            mimeType={current.mimeType}
            what={current.label}
          />
        </Box>
        {tab === 'cloudformation' &&
          (templateBaseUrl ? (
            <LaunchStack deployment={deployment} base={templateBaseUrl} />
          ) : (
            <UploadTemplateSteps fileName={fileName} />
          ))}
        <PolicyText text={text} label={`${current.label}, ${fileName}`} />
      </Box>
    </Box>
  );
}

// Deferred inputs: the policy updates within the frame; these longer texts follow in the background.
export default withDeferredDeployment(DeliverablesBody);
