import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { bundledCatalog } from '../../catalog/bundled';
import type { EditionId } from '../../catalog/types';
import { useConfigStore } from '../../store/config-store';
import { describeAudit } from '../../core/audit/analysis/audit-text';
import { AuditInput } from './AuditInput';
import { AuditResults } from './AuditResults';
import { EditionChangelog } from './EditionChangelog';
import { EditionSelect } from './EditionSelect';
import { useAudit } from '../../hooks/use-audit';

/**
 * Audit an existing policy: paste it, see what it grants, get the fix. Loaded on demand with the full
 * action index. Reads the page's edition; changes the selection only through "Use these services".
 */
export default function AuditPanel() {
  const pageEditionId = useConfigStore((s) => s.editionId);
  const [chosenEditionId, setChosenEditionId] = useState<EditionId>();
  const editionId = chosenEditionId ?? pageEditionId;
  const [text, setText] = useState('');
  const { run, busy, error, audit } = useAudit();

  const chooseEdition = (id: EditionId) => {
    setChosenEditionId(id);
    if (run) void audit(run.text, id);
  };

  return (
    <Box>
      <Typography variant="body2" sx={{ mb: 2 }}>
        Paste the policy Cloudcraft’s role has today to see what it grants, what Cloudcraft lacks,
        and the policy and commands that fix it. Everything runs in this browser: the policy is not
        sent anywhere.
      </Typography>
      <Box sx={{ display: 'flex', mb: 2 }}>
        <EditionSelect
          label="Audit against edition"
          value={editionId}
          onChange={chooseEdition}
          helperText={`This page uses ${bundledCatalog.getEdition(pageEditionId).label}.`}
        />
      </Box>
      <AuditInput value={text} onChange={setText} onAudit={(t) => void audit(t, editionId)} />
      {error && (
        <Alert severity="error" sx={{ mt: 2 }}>
          {error} Press Audit to try again.
        </Alert>
      )}
      <Typography role="status" variant="body2" sx={{ mt: 2, fontWeight: 500 }}>
        {busy ? 'Auditing…' : run ? describeAudit(bundledCatalog, run.parse, run.analysis) : ''}
      </Typography>
      {run && (
        <AuditResults run={run} stale={run.text !== text || run.analysis.editionId !== editionId} />
      )}
      <EditionChangelog />
    </Box>
  );
}
