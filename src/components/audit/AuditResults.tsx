import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { memo } from 'react';
import { bundledCatalog } from '../../catalog/bundled';
import type { ParseResult } from '../../core/audit/types';
import { AuditFix } from './AuditFix';
import { CoverageSummary } from './CoverageSummary';
import { FindingsList } from './FindingsList';
import { GrantSummary } from './GrantSummary';
import type { AuditRun } from '../../hooks/use-audit';

function inputKind(parse: ParseResult): string {
  if (parse.kind === 'document') return 'a policy document';
  const version = parse.policyVersion?.versionId;
  if (parse.kind === 'get-role-policy') return 'aws iam get-role-policy output';
  return `aws iam get-policy-version output${version ? ` (version ${version})` : ''}`;
}

/** Props of `AuditResults`. */
export interface AuditResultsProps {
  run: AuditRun;
  /** True when the text or the edition to audit against has changed since this audit. */
  stale: boolean;
}

/** One audit's results: findings, coverage, grants, and the fix. Memoised: typing must not redraw it. */
export const AuditResults = memo(function AuditResults({ run, stale }: AuditResultsProps) {
  const { parse, analysis } = run;
  const edition = bundledCatalog.getEdition(analysis.editionId);
  return (
    <Box component="section" aria-labelledby="audit-results-heading" sx={{ mt: 3 }}>
      <Typography id="audit-results-heading" variant="h3" sx={{ fontSize: '1.125rem' }}>
        Audit results
      </Typography>
      <Typography variant="body2" color="text.secondary">
        Against {edition.label} ({edition.date}); read as {inputKind(parse)}. AWS action data{' '}
        {analysis.dataset.version} of {analysis.dataset.updatedAt.slice(0, 10)}.
      </Typography>
      {stale && (
        <Alert severity="info" role="note" sx={{ my: 1 }}>
          The text or the edition has changed since this audit: press Audit to audit again.
        </Alert>
      )}
      <Typography variant="h4" sx={{ fontSize: '1rem', mt: 2, mb: 0.5 }}>
        Findings
      </Typography>
      <FindingsList findings={analysis.findings} />
      {parse.policy && (
        <>
          <CoverageSummary analysis={analysis} />
          <GrantSummary analysis={analysis} />
          <AuditFix key={run.id} analysis={analysis} documentText={parse.documentText} />
        </>
      )}
    </Box>
  );
});
