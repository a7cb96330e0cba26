import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import ErrorIcon from '@mui/icons-material/Error';
import InfoOutlinedIcon from '@mui/icons-material/InfoOutlined';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import type { Finding, Severity } from '../../core/audit/types';
import { findingPlace, SEVERITY_LABEL } from '../../core/audit/analysis/audit-text';

const ICONS: Record<Severity, typeof ErrorIcon> = {
  error: ErrorIcon,
  warning: WarningAmberIcon,
  info: InfoOutlinedIcon,
};

/** One finding: severity as icon and word, where it is, and what it says. */
function FindingItem({ finding }: { finding: Finding }) {
  const Icon = ICONS[finding.severity];
  const place = findingPlace(finding);
  return (
    <Box
      component="li"
      sx={{ display: 'flex', gap: 1, py: 1, borderBottom: 1, borderColor: 'divider' }}
    >
      <Icon color={finding.severity} fontSize="small" sx={{ mt: 0.25 }} aria-hidden />
      <Box sx={{ minWidth: 0 }}>
        <Typography variant="body2" sx={{ fontWeight: 600 }}>
          {SEVERITY_LABEL[finding.severity]}
          {place && (
            <Box component="span" sx={{ fontWeight: 400, color: 'text.secondary' }}>
              {' '}
              · {place}
            </Box>
          )}
        </Typography>
        <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
          {finding.message}
        </Typography>
      </Box>
    </Box>
  );
}

/** The audit's findings, errors first, each with its severity in words as well as an icon. */
export function FindingsList({ findings }: { findings: readonly Finding[] }) {
  const order: Severity[] = ['error', 'warning', 'info'];
  const sorted = order.flatMap((s) => findings.filter((f) => f.severity === s));
  if (sorted.length === 0) {
    return <Typography variant="body2">No findings: the policy reads cleanly.</Typography>;
  }
  return (
    <Box component="ul" aria-label="Findings" sx={{ m: 0, p: 0, listStyle: 'none' }}>
      {sorted.map((finding, i) => (
        <FindingItem key={`${finding.code}-${i}`} finding={finding} />
      ))}
    </Box>
  );
}
