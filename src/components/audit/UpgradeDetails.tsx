import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { bundledCatalog } from '../../catalog/bundled';
import type { PolicyUpgrade } from '../../core/audit/analysis/upgrade';
import { MANAGED_POLICY_LIMIT } from '../../core/policy-parts';
import { renderPolicyJson } from '../../core/render-policy-json';
import { DownloadButton } from '../common/DownloadButton';
import { ActionDisclosure } from './ActionDisclosure';
import { toActionRows } from '../../core/audit/analysis/action-rows';
import { UpgradeCli } from './UpgradeCli';
import { formatCount, plural } from '../../core/count-text';

/** Props of `UpgradeDetails`. */
export interface UpgradeDetailsProps {
  upgrade: PolicyUpgrade;
  /** The pasted policy document, saved as current-policy.json for Access Analyzer. */
  currentText?: string;
  /** False for a role's policies: there is no one managed policy to upgrade in place. */
  withCli?: boolean;
}

function FileRow({ fileName, text, what }: { fileName: string; text: string; what: string }) {
  return (
    <Box component="li" sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1 }}>
      <Typography variant="body2" sx={{ flex: '1 1 12rem' }}>
        <code>{fileName}</code>: {what}
      </Typography>
      <DownloadButton text={text} fileName={fileName} mimeType="application/json" what={what} />
    </Box>
  );
}

/** What the upgrade changes, in exact actions, the files the commands read, and the commands. */
export function UpgradeDetails({ upgrade, currentText, withCli = true }: UpgradeDetailsProps) {
  const edition = bundledCatalog.getEdition(upgrade.editionId);
  const { added, removed } = upgrade;
  return (
    <Box sx={{ mt: 2 }}>
      <Typography variant="h5" sx={{ fontSize: '0.9375rem', fontWeight: 600 }}>
        What changes
      </Typography>
      <Typography variant="body2">
        Compared with the pasted policy, {edition.label} for these services adds{' '}
        {plural(added.length, 'action')} and removes {plural(removed.length, 'action')}. It is{' '}
        {formatCount(upgrade.size)} of {formatCount(MANAGED_POLICY_LIMIT)} characters.
      </Typography>
      {!upgrade.fitsOneManagedPolicy && (
        <Alert severity="warning" role="note" sx={{ my: 1 }}>
          The new policy is over the {formatCount(MANAGED_POLICY_LIMIT)} characters one managed
          policy holds: choose “As published” above or split it, as the policy section shows.
        </Alert>
      )}
      <ActionDisclosure actions={toActionRows(bundledCatalog, added)} context="added" />
      <ActionDisclosure actions={toActionRows(bundledCatalog, removed)} context="removed" />
      <Typography variant="h5" sx={{ fontSize: '0.9375rem', fontWeight: 600, mt: 2 }}>
        Files the commands read
      </Typography>
      <Box component="ul" sx={{ m: 0, p: 0, listStyle: 'none' }}>
        <FileRow
          fileName="cloudcraft-policy.json"
          text={renderPolicyJson(upgrade.document)}
          what="the new policy"
        />
        {currentText !== undefined && (
          <FileRow fileName="current-policy.json" text={currentText} what="the pasted policy" />
        )}
      </Box>
      {withCli ? (
        <UpgradeCli upgrade={upgrade} />
      ) : (
        <Typography variant="body2" sx={{ mt: 1 }}>
          To put this policy in place of one of the role’s customer managed policies, paste that
          policy’s get-policy-version output: the audit then gives the commands that upgrade it.
        </Typography>
      )}
    </Box>
  );
}
