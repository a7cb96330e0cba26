import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { bundledCatalog } from '../../catalog/bundled';
import { buildServiceListings, filterListings, groupByCategory } from '../../core/service-list';
import { useConfigStore } from '../../store/config-store';
import { ServiceRow } from './ServiceRow';
import { ServicesToolbar } from './ServicesToolbar';

/** The services to grant, grouped by category, with search, select all and clear. */
export function ServicesPanel() {
  const editionId = useConfigStore((s) => s.editionId);
  const selection = useConfigStore((s) => s.selection);
  const setService = useConfigStore((s) => s.setService);
  const selectAll = useConfigStore((s) => s.selectAll);
  const clear = useConfigStore((s) => s.clearSelection);
  const [query, setQuery] = useState('');
  const listings = useMemo(() => buildServiceListings(bundledCatalog, editionId), [editionId]);
  const groups = useMemo(() => groupByCategory(filterListings(listings, query)), [listings, query]);
  const selected = new Set(selection);
  const count = listings.filter((l) => selected.has(l.service.id)).length;
  const shown = groups.reduce((n, g) => n + g.listings.length, 0);

  return (
    <Box component="section" aria-labelledby="services-heading">
      <Typography id="services-heading" variant="h2" sx={{ fontSize: '1.25rem', mb: 1 }}>
        Services
      </Typography>
      <ServicesToolbar query={query} onQuery={setQuery} onSelectAll={selectAll} onClear={clear} />
      <Typography role="status" variant="body2" sx={{ mb: 1 }}>
        {count} of {listings.length} services
        {query.trim() ? ` (${shown} shown)` : ''}
      </Typography>
      {groups.length === 0 && <Typography>No service matches “{query}”.</Typography>}
      {groups.map(({ category, listings: items }) => (
        <Box component="section" key={category} aria-label={category} sx={{ mb: 2 }}>
          <Typography variant="h3" sx={{ fontSize: '1rem', fontWeight: 500, mt: 1 }}>
            {category}
          </Typography>
          <Box component="ul" sx={{ m: 0, p: 0 }}>
            {items.map((listing) => (
              <ServiceRow
                key={listing.service.id}
                listing={listing}
                checked={selected.has(listing.service.id)}
                onChange={setService}
              />
            ))}
          </Box>
        </Box>
      ))}
    </Box>
  );
}
