import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import AccountTreeIcon from '@mui/icons-material/AccountTree';
import { lazy, useId, useState } from 'react';
import { LazyPanel } from '../common/LazyPanel';

// The scripts and their renderers load only when the user opens the section.
const OrgPanel = lazy(() => import('./OrgPanel'));

/** "Every account in your AWS Organization": who runs what, where, and the scripts on demand. */
export function OrgSection() {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <Box component="section" aria-labelledby="org-heading" sx={{ mt: 4 }}>
      <Typography id="org-heading" variant="h2" sx={{ fontSize: '1.25rem', mb: 1 }}>
        Every account in your AWS Organization
      </Typography>
      <Typography variant="body2" sx={{ mb: 1 }}>
        Put the role in every account with a CloudFormation StackSet, including accounts that join
        later, then add them all to Cloudcraft at once. You run both scripts in AWS CloudShell, in
        the organization’s management account (or a delegated StackSets administrator).
      </Typography>
      <Button
        variant="outlined"
        startIcon={<AccountTreeIcon />}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen(!open)}
      >
        {open ? 'Hide the organization rollout' : 'Show the organization rollout'}
      </Button>
      {open && (
        <Box id={panelId} sx={{ mt: 2 }}>
          <LazyPanel what="the organization rollout">
            <OrgPanel />
          </LazyPanel>
        </Box>
      )}
    </Box>
  );
}
