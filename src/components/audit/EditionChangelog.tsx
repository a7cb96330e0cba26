import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { memo, useMemo, useState } from 'react';
import { bundledCatalog } from '../../catalog/bundled';
import type { EditionId } from '../../catalog/types';
import { buildEditionDiff, type ServiceActionDiff } from '../../core/audit/analysis/edition-diff';
import { ActionDisclosure } from './ActionDisclosure';
import { toActionRows } from '../../core/audit/analysis/action-rows';
import { EditionSelect } from './EditionSelect';
import { plural } from '../../core/count-text';

const FIRST: EditionId = 'custom-2018-06-01';
const LATEST: EditionId = bundledCatalog.editions.at(-1)?.id ?? FIRST;
const names = (ids: readonly string[]) =>
  ids.length === 0 ? 'none' : ids.map((id) => bundledCatalog.serviceName(id)).join(', ');

function ServiceChanges({ diff }: { diff: ServiceActionDiff }) {
  const name = bundledCatalog.serviceName(diff.serviceId);
  return (
    <Box component="li" sx={{ py: 0.5, borderBottom: 1, borderColor: 'divider' }}>
      <Typography variant="body2" sx={{ fontWeight: 500 }}>
        {name}: {plural(diff.added.length, 'action')} added, {plural(diff.removed.length, 'action')}{' '}
        removed
      </Typography>
      <ActionDisclosure
        actions={toActionRows(bundledCatalog, diff.added)}
        context="added"
        detail={`to ${name}`}
      />
      <ActionDisclosure
        actions={toActionRows(bundledCatalog, diff.removed)}
        context="removed"
        detail={`from ${name}`}
      />
    </Box>
  );
}

/** What changed between two editions of Cloudcraft's policy: services, then actions per service. */
export const EditionChangelog = memo(function EditionChangelog() {
  const [fromId, setFromId] = useState<EditionId>(FIRST);
  const [toId, setToId] = useState<EditionId>(LATEST);
  const diff = useMemo(() => buildEditionDiff(bundledCatalog, fromId, toId), [fromId, toId]);
  return (
    <Box component="section" aria-labelledby="audit-editions-heading" sx={{ mt: 4 }}>
      <Typography id="audit-editions-heading" variant="h3" sx={{ fontSize: '1.125rem', mb: 1 }}>
        Compare editions
      </Typography>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, mb: 1 }}>
        <EditionSelect label="From edition" value={fromId} onChange={setFromId} />
        <EditionSelect label="To edition" value={toId} onChange={setToId} />
      </Box>
      <Typography variant="body2" role="status">
        From {diff.from.label} ({diff.from.date}) to {diff.to.label} ({diff.to.date}):{' '}
        {plural(diff.addedCount, 'action')} added and {plural(diff.removedCount, 'action')} removed.
      </Typography>
      <Typography variant="body2">Services added: {names(diff.servicesAdded)}.</Typography>
      <Typography variant="body2">Services removed: {names(diff.servicesRemoved)}.</Typography>
      {diff.services.length > 0 && (
        <Box
          component="ul"
          aria-label="Changes by service"
          sx={{ m: 0, mt: 1, p: 0, listStyle: 'none' }}
        >
          {diff.services.map((service) => (
            <ServiceChanges key={service.serviceId} diff={service} />
          ))}
        </Box>
      )}
    </Box>
  );
});
