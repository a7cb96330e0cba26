import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { MANAGED_POLICY_LIMIT } from '../../core/policy-parts';

const format = new Intl.NumberFormat('en-US');

/** How many characters the policy has as IAM counts them, against the managed-policy limit. */
export function SizeMeter({ size, label = 'Policy size' }: { size: number; label?: string }) {
  const over = size > MANAGED_POLICY_LIMIT;
  const text = `${format.format(size)} of ${format.format(MANAGED_POLICY_LIMIT)} characters`;
  return (
    <Box sx={{ my: 1 }}>
      <Typography variant="body2" id={`${label}-meter`}>
        {label}: {text} (white space not counted, as IAM counts)
        {over ? ` — ${format.format(size - MANAGED_POLICY_LIMIT)} over the limit` : ''}
      </Typography>
      <LinearProgress
        variant="determinate"
        value={Math.min(100, (size / MANAGED_POLICY_LIMIT) * 100)}
        color={over ? 'error' : size > MANAGED_POLICY_LIMIT * 0.9 ? 'warning' : 'primary'}
        aria-labelledby={`${label}-meter`}
        aria-valuetext={text}
        sx={{ height: 8, borderRadius: 1, mt: 0.5 }}
      />
    </Box>
  );
}
