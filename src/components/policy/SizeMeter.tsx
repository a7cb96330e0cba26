import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { MANAGED_POLICY_LIMIT } from '../../core/policy-parts';

const format = new Intl.NumberFormat('en-US');

/** How many characters the policy has as IAM counts them, against the managed-policy limit. */
export function SizeMeter({ size, label = 'Policy size' }: { size: number; label?: string }) {
  // Not derived from `label`: an id with spaces breaks aria-labelledby (it takes a list of ids).
  const id = useId();
  const over = size > MANAGED_POLICY_LIMIT;
  const text = `${format.format(size)} of ${format.format(MANAGED_POLICY_LIMIT)} characters`;
  return (
    <Box sx={{ my: 1 }}>
      <Typography variant="body2" id={id}>
        {label}: {text} (white space not counted, as IAM counts)
        {over ? ` — ${format.format(size - MANAGED_POLICY_LIMIT)} over the limit` : ''}
      </Typography>
      <Box
        role="meter"
        aria-labelledby={id}
        aria-valuemin={0}
        aria-valuemax={MANAGED_POLICY_LIMIT}
        aria-valuenow={Math.min(size, MANAGED_POLICY_LIMIT)}
        aria-valuetext={text}
        sx={{ height: 8, borderRadius: 1, mt: 0.5, overflow: 'hidden', bgcolor: 'action.selected' }}
      >
        <Box
          sx={{
            height: '100%',
            bgcolor: over
              ? 'error.main'
              : size > MANAGED_POLICY_LIMIT * 0.9
                ? 'warning.main'
                : 'primary.main',
          }}
          // An inline width: a class per width would add a style rule, and restyle the page, per tick.
          style={{ width: `${Math.min(100, (size / MANAGED_POLICY_LIMIT) * 100)}%` }}
        />
      </Box>
    </Box>
  );
}
