import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import LockIcon from '@mui/icons-material/Lock';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { lazy, memo, useId, useState } from 'react';
import { plural } from '../../core/count-text';
import type { ServiceListing } from '../../core/service-list';
import { LazyPanel } from '../common/LazyPanel';

// A service's action list loads when it is first opened: the first screen does not carry it.
const ServiceActions = lazy(() => import('./ServiceActions'));

/** Props of `ServiceRow`. */
export interface ServiceRowProps {
  listing: ServiceListing;
  checked: boolean;
  /** Called with the service's id and whether it should be in. */
  onChange: (serviceId: string, on: boolean) => void;
}

/** One service (memoised: ticking one service re-renders only its row): a checkbox named after it, what it feeds, how many actions it grants, and those actions. */
export const ServiceRow = memo(function ServiceRow({
  listing,
  checked,
  onChange,
}: ServiceRowProps) {
  const { service, actions, sensitiveCount } = listing;
  const [open, setOpen] = useState(false);
  const id = useId();
  const required = service.required;
  return (
    <Box
      component="li"
      sx={{ listStyle: 'none', py: 0.5, borderBottom: 1, borderColor: 'divider' }}
    >
      <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 1 }}>
        <Checkbox
          checked={checked || required}
          onChange={(event) => onChange(service.id, event.target.checked)}
          slotProps={{ input: { id: `${id}-box`, 'aria-describedby': `${id}-desc` } }}
          checkedIcon={required ? <LockIcon /> : undefined}
          sx={{ mt: -0.5 }}
        />
        <Box sx={{ flex: 1, minWidth: 0 }}>
          <Typography
            component="label"
            htmlFor={`${id}-box`}
            sx={{ fontWeight: 500, cursor: 'pointer' }}
          >
            {service.name}
          </Typography>
          {required && (
            <Box
              component="span"
              sx={{
                display: 'inline-flex',
                alignItems: 'center',
                gap: 0.25,
                ml: 1,
                px: 1,
                borderRadius: 3,
                bgcolor: 'action.selected',
                typography: 'caption',
                verticalAlign: 'text-bottom',
              }}
            >
              <LockIcon sx={{ fontSize: '0.9rem' }} aria-hidden />
              Required
            </Box>
          )}
          <Typography id={`${id}-desc`} variant="body2" color="text.secondary">
            {service.feeds}. {plural(actions.length, 'action')}
            {sensitiveCount > 0 ? `, ${sensitiveCount} reading data or secrets` : ''}.
            {required ? ' Locked: Cloudcraft needs EC2 to scan the account.' : ''}
          </Typography>
          <Button
            size="small"
            onClick={() => setOpen(!open)}
            aria-expanded={open}
            aria-label={`${open ? 'Hide' : 'Show'} the ${plural(actions.length, 'action')} of ${service.name}`}
            aria-controls={`${id}-actions`}
            endIcon={<ExpandMoreIcon sx={{ transform: open ? 'rotate(180deg)' : 'none' }} />}
            sx={{ px: 0.5, mt: 0.25, textTransform: 'none' }}
          >
            {open ? 'Hide' : 'Show'} {plural(actions.length, 'action')}
          </Button>
          {open && (
            <Box id={`${id}-actions`}>
              <LazyPanel what="the actions">
                <ServiceActions listing={listing} />
              </LazyPanel>
            </Box>
          )}
        </Box>
      </Box>
    </Box>
  );
});
