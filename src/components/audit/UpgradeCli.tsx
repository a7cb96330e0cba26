import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import {
  policyArnError,
  renderUpgradeCli,
  UPGRADE_SCRIPT_FILE_NAME,
} from '../../core/audit/analysis/render-upgrade-cli';
import type { PolicyUpgrade } from '../../core/audit/analysis/upgrade';
import { CopyButton } from '../common/CopyButton';
import { DownloadButton } from '../common/DownloadButton';
import { PolicyText } from '../policy/PolicyText';

/** The AWS CLI script that makes the new policy the default version, with an optional ARN. */
export function UpgradeCli({ upgrade }: { upgrade: PolicyUpgrade }) {
  const [arn, setArn] = useState('');
  const error = arn.trim() ? policyArnError(arn.trim()) : undefined;
  const cli = renderUpgradeCli(upgrade, error ? {} : { policyArn: arn });
  return (
    <Box component="section" aria-labelledby="audit-cli-heading" sx={{ mt: 2 }}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1, mb: 1 }}>
        <Typography
          id="audit-cli-heading"
          variant="h5"
          sx={{ fontSize: '0.9375rem', fontWeight: 600, flex: '1 1 auto' }}
        >
          Upgrade commands (AWS CLI)
        </Typography>
        <CopyButton text={cli} what="upgrade commands" />
        <DownloadButton
          text={cli}
          fileName={UPGRADE_SCRIPT_FILE_NAME}
          mimeType="text/x-shellscript"
          what="upgrade commands"
        />
      </Box>
      <TextField
        label="Policy ARN (optional)"
        size="small"
        fullWidth
        value={arn}
        onChange={(event) => setArn(event.target.value)}
        error={error !== undefined}
        helperText={
          error ??
          'The ARN of the managed policy to upgrade; without it the script takes the ARN as its argument.'
        }
        slotProps={{ htmlInput: { spellCheck: false } }}
        sx={{ mb: 1 }}
      />
      <PolicyText text={cli} label="Upgrade commands, text" />
    </Box>
  );
}
