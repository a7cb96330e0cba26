import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { plural } from '../../core/count-text';
import type { ExtraDataRead } from '../../core/baseline-comparison';
import { Disclosure } from '../common/Disclosure';

/** Props of `DataReadsDisclosure`. */
export interface DataReadsDisclosureProps {
  /** The managed policy that grants them, e.g. `ReadOnlyAccess`. */
  policyName: string;
  reads: readonly ExtraDataRead[];
}

/** "Show the N data reads ReadOnlyAccess grants that this policy does not", with their reasons. */
export function DataReadsDisclosure({ policyName, reads }: DataReadsDisclosureProps) {
  if (reads.length === 0) {
    return (
      <Typography variant="body2" sx={{ mt: 2 }}>
        {policyName} grants no read of data or secrets that this policy does not.
      </Typography>
    );
  }
  const what = `${plural(reads.length, 'data read')} ${policyName} grants that this policy does not`;
  return (
    <Disclosure label={(open) => `${open ? 'Hide' : 'Show'} the ${what}`} sx={{ mt: 2 }}>
      <Box
        component="ul"
        aria-label={`The ${what}`}
        tabIndex={0}
        sx={{ m: 0, p: 0, listStyle: 'none', maxHeight: 360, overflow: 'auto' }}
      >
        {reads.map(({ action, reason }) => (
          <Box component="li" key={action} sx={{ py: 0.5 }}>
            <Box component="code" sx={{ fontSize: '0.8125rem', wordBreak: 'break-all' }}>
              {action}
            </Box>
            <Typography variant="body2" color="text.secondary">
              {reason}
            </Typography>
          </Box>
        ))}
      </Box>
    </Disclosure>
  );
}
