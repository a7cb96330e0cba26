import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import { memo } from 'react';
import { bundledCatalog } from '../../catalog/bundled';

/** Props of `ServicesToolbar`. */
export interface ServicesToolbarProps {
  query: string;
  onQuery: (query: string) => void;
  onSelectAll: () => void;
  onClear: () => void;
}

const ec2Reason = bundledCatalog.findService('ec2')?.requiredReason;

/** Why EC2 stays, the search box, "Select all" and "Clear" (memoised: a tick leaves them alone). */
export const ServicesToolbar = memo(function ServicesToolbar({
  query,
  onQuery,
  onSelectAll,
  onClear,
}: ServicesToolbarProps) {
  return (
    <>
      <Alert severity="info" role="note" sx={{ mb: 2 }}>
        Amazon EC2 is always included. {ec2Reason}
      </Alert>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center', mb: 1 }}>
        <TextField
          label="Search services"
          type="search"
          size="small"
          value={query}
          onChange={(event) => onQuery(event.target.value)}
          sx={{ flex: '1 1 12rem' }}
        />
        <Button variant="outlined" onClick={onSelectAll}>
          Select all
        </Button>
        <Button variant="outlined" onClick={onClear}>
          Clear
        </Button>
      </Box>
    </>
  );
});
