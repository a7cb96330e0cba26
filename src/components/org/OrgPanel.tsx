import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import { useMemo, useState } from 'react';
import type { Deployment } from '../../core/deploy/deployment';
import { FileTabs } from '../common/FileTabs';
import { withDeferredDeployment } from '../common/with-deferred-deployment';
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
      <FileTabs
        label="Organization rollout files"
        idStem="org-"
        tabs={orgFiles}
        value={tab}
        onChange={setTab}
        file={{ ...current, text }}
      />
    </Box>
  );
}

export default withDeferredDeployment(OrgBody);
