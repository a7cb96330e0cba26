import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import { lazy, useState } from 'react';
import { LazyPanel } from '../common/LazyPanel';

// The audit and its 110 kB action index load only when the user opens it.
const AuditPanel = lazy(() => import('./AuditPanel'));

/** "Audit an existing policy": a button that loads the audit panel on demand. */
export function AuditSection() {
  const [open, setOpen] = useState(false);
  return (
    <Box component="section" aria-labelledby="audit-heading" sx={{ mt: 4 }}>
      <Typography id="audit-heading" variant="h2" sx={{ fontSize: '1.25rem', mb: 1 }}>
        Audit an existing policy
      </Typography>
      {open ? (
        <LazyPanel what="the audit">
          <AuditPanel />
        </LazyPanel>
      ) : (
        <>
          <Typography variant="body2" sx={{ mb: 1 }}>
            Check the policy Cloudcraft has now: what it grants, what it lacks, and how to upgrade
            it.
          </Typography>
          <Button variant="outlined" startIcon={<FactCheckIcon />} onClick={() => setOpen(true)}>
            Open the policy audit
          </Button>
        </>
      )}
    </Box>
  );
}
