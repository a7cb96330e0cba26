import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import type { Deployment } from '../../core/deploy/deployment';
import { withDeferredDeployment } from '../common/with-deferred-deployment';
import { CopyButton } from '../common/CopyButton';
import { DownloadButton } from '../common/DownloadButton';
import { PolicyText } from '../policy/PolicyText';
import { OrgCommands } from './OrgCommands';
import { orgFiles, type OrgFile } from './org-files';

/** The organization rollout: the commands to run, then each file with copy and download. */
function OrgBody({ deployment }: { deployment: Deployment }) {
  const [tab, setTab] = useState<OrgFile['id']>('rollout');
  const current = orgFiles.find((f) => f.id === tab) ?? orgFiles[0]!;
  const text = useMemo(() => current.render(deployment), [current, deployment]);
  const externalIdKnown = deployment.role.externalId !== '';

  return (
    <Box>
      {!externalIdKnown && (
        <Alert severity="info" sx={{ mb: 1 }}>
          Enter the External ID above to build it into the scripts; until then the rollout script
          asks for it with{' '}
          <Box component="code" sx={{ whiteSpace: 'nowrap' }}>
            --external-id
          </Box>
          .
        </Alert>
      )}
      <OrgCommands externalIdKnown={externalIdKnown} />
      <Tabs
        value={tab}
        onChange={(_, value: OrgFile['id']) => setTab(value)}
        variant="scrollable"
        allowScrollButtonsMobile
        aria-label="Organization rollout files"
      >
        {orgFiles.map((f) => (
          <Tab
            key={f.id}
            value={f.id}
            label={f.label}
            id={`org-tab-${f.id}`}
            aria-controls={`org-panel-${f.id}`}
          />
        ))}
      </Tabs>
      <Box
        role="tabpanel"
        id={`org-panel-${tab}`}
        aria-labelledby={`org-tab-${tab}`}
        sx={{ pt: 2 }}
      >
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {current.summary}
        </Typography>
        <Box sx={{ display: 'flex', justifyContent: 'flex-end', gap: 1, mb: 1 }}>
          <CopyButton text={text} what={`${current.label} ${current.fileName}`} />
          <DownloadButton
            text={text}
            fileName={current.fileName}
            mimeType={current.mimeType}
            what={current.label}
          />
        </Box>
        <PolicyText text={text} label={`${current.label}, ${current.fileName}`} />
      </Box>
    </Box>
  );
}

export default withDeferredDeployment(OrgBody);
