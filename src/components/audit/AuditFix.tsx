import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import BuildIcon from '@mui/icons-material/Build';
import { useState } from 'react';
import { bundledCatalog } from '../../catalog/bundled';
import type { PolicyAnalysis } from '../../core/audit/analysis/analysis-types';
import { buildUpgrade, type PolicyUpgrade } from '../../core/audit/analysis/upgrade';
import { normaliseSelection } from '../../core/selection';
import { useConfigStore } from '../../store/config-store';
import { UpgradeDetails } from './UpgradeDetails';
import { plural } from '../../core/count-text';

/** Props of `AuditFix`. */
export interface AuditFixProps {
  analysis: PolicyAnalysis;
  /** The pasted policy document's text, for current-policy.json. */
  documentText?: string;
  /** True when the audit is of a role's policies rather than of one pasted policy. */
  forRole?: boolean;
}

/**
 * "Use these services": the only place the audit changes the user's choices. Sets the selection to
 * the services the policy covers (and the edition to the one audited against), then shows the upgrade.
 */
export function AuditFix({ analysis, documentText, forRole = false }: AuditFixProps) {
  const mode = useConfigStore((s) => s.mode);
  const pageEditionId = useConfigStore((s) => s.editionId);
  const replaceSelection = useConfigStore((s) => s.replaceSelection);
  const setEdition = useConfigStore((s) => s.setEdition);
  const notify = useConfigStore((s) => s.notify);
  const [upgrade, setUpgrade] = useState<PolicyUpgrade>();
  const edition = bundledCatalog.getEdition(analysis.editionId);
  const count = normaliseSelection(bundledCatalog, analysis.coveredServiceIds).selection.length;
  const changesEdition = pageEditionId !== analysis.editionId;

  const apply = () => {
    const next = buildUpgrade(bundledCatalog, analysis, analysis.editionId, mode);
    replaceSelection(next.selection);
    if (changesEdition) setEdition(analysis.editionId);
    notify(
      'info',
      `Selection updated from the audit: ${plural(next.selection.length, 'service')}${changesEdition ? `, edition ${edition.label}` : ''}. The policy on this page is now the new policy.`,
    );
    setUpgrade(next);
  };

  return (
    <Box component="section" aria-labelledby="audit-fix-heading" sx={{ mt: 3 }}>
      <Typography id="audit-fix-heading" variant="h4" sx={{ fontSize: '1rem', mb: 0.5 }}>
        Fix
      </Typography>
      <Typography variant="body2" sx={{ mb: 1 }}>
        Use {edition.label}’s policy for the {plural(count, 'service')} the{' '}
        {forRole ? 'role’s policies cover' : 'pasted policy covers'} (EC2 always included): this
        sets the page’s services
        {changesEdition
          ? ` and edition (now ${bundledCatalog.getEdition(pageEditionId).label})`
          : ''}{' '}
        to match, then shows what changes and the commands that apply it.
      </Typography>
      <Button variant="contained" startIcon={<BuildIcon />} onClick={apply}>
        Use these services
      </Button>
      {upgrade && (
        <UpgradeDetails
          upgrade={upgrade}
          currentText={forRole ? undefined : documentText}
          withCli={!forRole}
        />
      )}
    </Box>
  );
}
