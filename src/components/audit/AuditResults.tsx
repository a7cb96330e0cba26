import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { memo } from 'react';
import { bundledCatalog } from '../../catalog/bundled';
import { describeInputKind } from '../../core/audit/analysis/audit-text';
import type { AuditSubject } from '../../core/audit/analysis/audit-result';
import { AuditFix } from './AuditFix';
import { CoverageSummary } from './CoverageSummary';
import { FindingsList } from './FindingsList';
import { GrantSummary } from './GrantSummary';
import { MoveOffBaseline } from './MoveOffBaseline';
import { RolePolicies } from './RolePolicies';
import type { AuditRun } from '../../hooks/use-audit';

/** Props of `AuditResults`. */
export interface AuditResultsProps {
  run: AuditRun;
  /** The policy or role shown; `undefined` when the input gave nothing to audit. */
  subject: AuditSubject | undefined;
  /** True when the text, the edition or the page's role inputs have changed since this audit. */
  stale: boolean;
}

/** One audit's results: findings, the role's policies, coverage, grants, and the fixes. Memoised. */
export const AuditResults = memo(function AuditResults({ run, subject, stale }: AuditResultsProps) {
  const edition = bundledCatalog.getEdition(run.editionId);
  const role = subject?.role;
  const dataset = subject?.analysis.dataset;
  return (
    <Box component="section" aria-labelledby="audit-results-heading" sx={{ mt: 3 }}>
      <Typography id="audit-results-heading" variant="h3" sx={{ fontSize: '1.125rem' }}>
        Audit results
      </Typography>
      <Typography variant="body2" color="text.secondary">
        Against {edition.label} ({edition.date}); read as {describeInputKind(run, subject)}
        {role?.fromPage === false && subject?.policies ? `, role ${role.name}` : ''}.
        {dataset && ` AWS action data ${dataset.version} of ${dataset.updatedAt.slice(0, 10)}.`}
      </Typography>
      {stale && (
        <Alert severity="info" role="note" sx={{ my: 1 }}>
          The text, the edition or the role setup has changed since this audit: press Audit to audit
          again.
        </Alert>
      )}
      <Typography variant="h4" sx={{ fontSize: '1rem', mt: 2, mb: 0.5 }}>
        Findings
      </Typography>
      <FindingsList findings={[...run.findings, ...(subject?.analysis.findings ?? [])]} />
      {subject && <RolePolicies subject={subject} />}
      {subject?.parse.policy && (
        <>
          <CoverageSummary analysis={subject.analysis} />
          <GrantSummary analysis={subject.analysis} />
        </>
      )}
      {subject && role && subject.baselines.length > 0 && (
        <MoveOffBaseline
          roleName={role.name}
          fromPage={role.fromPage}
          baselines={subject.baselines}
        />
      )}
      {subject?.parse.policy && (
        <AuditFix
          key={`${run.id}-${role?.name ?? ''}`}
          analysis={subject.analysis}
          documentText={subject.parse.documentText}
          forRole={subject.policies !== undefined}
        />
      )}
    </Box>
  );
});
