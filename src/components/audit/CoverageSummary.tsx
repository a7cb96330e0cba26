import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import AdjustIcon from '@mui/icons-material/Adjust';
import CheckCircleOutlinedIcon from '@mui/icons-material/CheckCircleOutlined';
import { bundledCatalog } from '../../catalog/bundled';
import type { PolicyAnalysis, ServiceCoverage } from '../../core/audit/analysis/analysis-types';
import { plural } from '../../core/count-text';

function CoverageItem({ service }: { service: ServiceCoverage }) {
  const full = service.status === 'full';
  const Icon = full ? CheckCircleOutlinedIcon : AdjustIcon;
  const total = service.granted.length + service.missing.length;
  return (
    <Box component="li" sx={{ display: 'flex', gap: 0.75, alignItems: 'flex-start', py: 0.25 }}>
      <Icon fontSize="small" color={full ? 'success' : 'warning'} sx={{ mt: 0.25 }} aria-hidden />
      <Typography variant="body2">
        {service.name}:{' '}
        {full
          ? `fully covered (${plural(total, 'action')})`
          : `partly covered (${service.granted.length} of ${plural(total, 'action')})`}
      </Typography>
    </Box>
  );
}

/** Which of the edition's services the policy covers, fully or partly, and which it does not. */
export function CoverageSummary({ analysis }: { analysis: PolicyAnalysis }) {
  const edition = bundledCatalog.getEdition(analysis.editionId);
  const covered = analysis.services.filter((s) => s.status !== 'none');
  const full = covered.filter((s) => s.status === 'full').length;
  const uncovered = analysis.uncoveredServiceIds.map((id) => bundledCatalog.serviceName(id));
  return (
    <Box component="section" aria-labelledby="audit-coverage-heading" sx={{ mt: 2 }}>
      <Typography id="audit-coverage-heading" variant="h4" sx={{ fontSize: '1rem', mb: 0.5 }}>
        Services it covers
      </Typography>
      {!analysis.ec2Covered && (
        <Alert severity="error" sx={{ my: 1 }}>
          EC2 missing: Cloudcraft cannot scan. The policy grants none of the EC2 actions Cloudcraft
          reads, and Cloudcraft needs them to find anything in the account.
        </Alert>
      )}
      <Typography variant="body2">
        {covered.length} of the {analysis.services.length} services {edition.label} reads: {full}{' '}
        fully, {covered.length - full} partly.
      </Typography>
      {covered.length > 0 && (
        <Box
          component="ul"
          aria-label="Services the policy covers"
          sx={{
            m: 0,
            p: 0,
            listStyle: 'none',
            columnGap: 2,
            columns: { xs: 1, sm: 2 },
          }}
        >
          {covered.map((service) => (
            <CoverageItem key={service.serviceId} service={service} />
          ))}
        </Box>
      )}
      <Typography variant="body2" sx={{ mt: 1 }}>
        {uncovered.length === 0
          ? 'It covers every service of the edition.'
          : `Not covered, so Cloudcraft skips them (${uncovered.length}): ${uncovered.join(', ')}.`}
      </Typography>
    </Box>
  );
}
