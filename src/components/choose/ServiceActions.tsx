import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import type { ServiceListing } from '../../core/service-list';

/** The exact actions a service's patterns grant, with access levels and data-exposure badges. */
export default function ServiceActions({ listing }: { listing: ServiceListing }) {
  return (
    <Box sx={{ mt: 1, mb: 1 }}>
      <Typography variant="body2" sx={{ mb: 0.5 }}>
        Patterns:{' '}
        {listing.patterns.map((p) => (
          <code key={p}>{p} </code>
        ))}
      </Typography>
      {listing.dropped.map((d) => (
        <Typography key={d.pattern} variant="body2" color="text.secondary">
          Left out <code>{d.pattern}</code>: {d.reason}
        </Typography>
      ))}
      <Box
        component="ul"
        aria-label={`Actions of ${listing.service.name}`}
        tabIndex={0}
        sx={{ m: 0, p: 0, maxHeight: 320, overflow: 'auto' }}
      >
        {listing.actions.map(({ action, level, sensitive }) => (
          <Box
            component="li"
            key={action}
            sx={{
              listStyle: 'none',
              display: 'flex',
              flexWrap: 'wrap',
              gap: 0.5,
              py: 0.25,
              alignItems: 'center',
            }}
          >
            <Box component="code" sx={{ fontSize: '0.8125rem', wordBreak: 'break-all' }}>
              {action}
            </Box>
            <Chip size="small" variant="outlined" label={level ?? 'Unknown'} />
            {sensitive && (
              <Chip
                size="small"
                color="warning"
                icon={<WarningAmberIcon />}
                label="Reads data or secrets"
                title={sensitive}
                // Dark text: white on the light scheme's warning orange is 3.1:1.
                sx={{ color: 'rgba(0, 0, 0, 0.87)', '& .MuiChip-icon': { color: 'inherit' } }}
              />
            )}
            {sensitive && (
              <Typography variant="caption" color="text.secondary" sx={{ flexBasis: '100%' }}>
                {sensitive}
              </Typography>
            )}
          </Box>
        ))}
      </Box>
    </Box>
  );
}
