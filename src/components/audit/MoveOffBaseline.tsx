import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { BaselineName } from '../../catalog/baseline-policies';
import {
  baselineList,
  moveOffFileName,
  renderMoveOffScript,
} from '../../core/audit/account/render-move-off';
import { listDeployedPolicies } from '../../core/deploy/deployment';
import { plural } from '../../core/count-text';
import { roleNameError } from '../../core/role';
import { useDeferredDeployment } from '../../hooks/use-deployment';
import { CopyButton } from '../common/CopyButton';
import { DownloadButton } from '../common/DownloadButton';
import { PolicyText } from '../policy/PolicyText';

/** Props of `MoveOffBaseline`. */
export interface MoveOffBaselineProps {
  roleName: string;
  /** True when the pasted output did not name the role, so the page's role name stands in. */
  fromPage: boolean;
  baselines: readonly BaselineName[];
}

/**
 * "Move off ReadOnlyAccess": the script that puts the page's policy on the audited role and only then
 * detaches the baselines it has. Follows the page's choices (edition, mode, services).
 */
export function MoveOffBaseline({ roleName, fromPage, baselines }: MoveOffBaselineProps) {
  const deployment = useDeferredDeployment();
  const off = baselineList(baselines);
  const error = roleNameError(roleName);
  const parts = listDeployedPolicies(deployment);
  const edition = deployment.catalog.getEdition(deployment.editionId).label;
  const fileName = moveOffFileName(baselines);
  const script = error ? '' : renderMoveOffScript(deployment, roleName, baselines);
  const what = `script that moves role ${roleName} off ${off}`;
  return (
    <Box component="section" aria-labelledby="audit-move-off-heading" sx={{ mt: 3 }}>
      <Typography id="audit-move-off-heading" variant="h4" sx={{ fontSize: '1rem', mb: 0.5 }}>
        Move off {off}
      </Typography>
      <Typography variant="body2" sx={{ mb: 1 }}>
        Role {roleName} has {off}, which grants far more than Cloudcraft reads. This script creates
        this page’s policy ({edition}, {plural(deployment.model.serviceIds.length, 'service')},{' '}
        {plural(parts.length, 'managed policy', 'managed policies')}), attaches it to the role,
        checks it is attached, and only then detaches {off}. Running it again is safe; if anything
        fails, {off} stays attached.
        {fromPage &&
          ` The pasted output does not name the role: the script uses the role name under Role setup.`}
      </Typography>
      {error ? (
        <Alert severity="warning" role="note">
          The script cannot target this role: {error}
        </Alert>
      ) : (
        <>
          <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, mb: 1 }}>
            <CopyButton text={script} what={what} />
            <DownloadButton
              text={script}
              fileName={fileName}
              mimeType="text/x-shellscript"
              what={what}
            />
          </Box>
          <PolicyText text={script} label={`Move off ${off}, script`} />
        </>
      )}
    </Box>
  );
}
