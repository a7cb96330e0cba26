import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import CompareArrowsIcon from '@mui/icons-material/CompareArrows';
import { lazy, useId, useState } from 'react';
import { LazyPanel } from '../common/LazyPanel';

// The comparison and its baselines data load only when the user opens it.
const ComparePanel = lazy(() => import('./ComparePanel'));

/** "Compared with AWS managed policies": a disclosure button that loads the comparison on demand. */
export function CompareSection() {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <Box component="section" aria-labelledby="compare-heading" sx={{ mt: 4 }}>
      <Typography id="compare-heading" variant="h2" sx={{ fontSize: '1.25rem', mb: 1 }}>
        Compared with AWS managed policies
      </Typography>
      <Typography variant="body2" sx={{ mb: 1 }}>
        Cloudcraft’s in-app setup attaches AWS’s ReadOnlyAccess. See how much less this policy
        grants, and which reads of your data it leaves out.
      </Typography>
      <Button
        variant="outlined"
        startIcon={<CompareArrowsIcon />}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen(!open)}
      >
        {open ? 'Hide the comparison' : 'Show the comparison'}
      </Button>
      {open && (
        <Box id={panelId} sx={{ mt: 2 }}>
          <LazyPanel what="the comparison">
            <ComparePanel />
          </LazyPanel>
        </Box>
      )}
    </Box>
  );
}
