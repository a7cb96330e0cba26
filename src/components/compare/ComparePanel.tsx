import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { use, useMemo } from 'react';
import { loadBaselines } from '../../catalog/baselines';
import { bundledCatalog } from '../../catalog/bundled';
import { formatCount, plural } from '../../core/count-text';
import { buildBaselineComparison, type BaselineComparison } from '../../core/baseline-comparison';
import { useDeferredPolicy } from '../../hooks/use-policy';
import { BarChart, type ChartBar, type ChartSeries } from './BarChart';
import { BaselineSources } from './BaselineSources';
import { comparisonRows, type PolicyRow } from './compare-rows';
import { ComparisonTable } from './ComparisonTable';
import { DataReadsDisclosure } from './DataReadsDisclosure';

const REFERENCE = 'ReadOnlyAccess';

const LEVEL_SERIES: ChartSeries[] = [
  { key: 'list', label: 'List', fill: 'var(--mui-palette-primary-main)' },
  { key: 'read', label: 'Read', fill: 'var(--mui-palette-secondary-main)' },
  { key: 'beyond', label: 'Beyond List/Read', fill: 'var(--mui-palette-error-main)' },
];
const READ_SERIES: ChartSeries[] = [
  { key: 'dataReads', label: 'Data reads', fill: 'var(--mui-palette-warning-main)' },
];

function levelBar(row: PolicyRow): ChartBar {
  const beyond = row.beyond > 0 ? ` (${formatCount(row.beyond)} beyond List/Read)` : '';
  return {
    id: row.id,
    label: row.name,
    values: { list: row.list, read: row.read, beyond: row.beyond },
    valueText: `${formatCount(row.total)}${beyond}`,
  };
}

const readBar = (row: PolicyRow): ChartBar => ({
  id: row.id,
  label: row.name,
  values: { dataReads: row.dataReads },
  valueText: formatCount(row.dataReads),
});

function Summary({ comparison }: { comparison: BaselineComparison }) {
  const { ours, baselines, ourPrefixCount } = comparison;
  const ro = baselines.find((b) => b.id === REFERENCE);
  const beyond =
    ours.beyond === 0
      ? 'all of them List or Read'
      : `${formatCount(ours.beyond)} of them beyond List and Read`;
  return (
    <Typography variant="body1" sx={{ mb: 2 }}>
      This policy grants {plural(ours.total, 'action')}, {beyond}, and{' '}
      {plural(ours.dataReads.length, 'read')} of data or secrets.
      {ro &&
        ` ${REFERENCE} grants ${plural(ro.total, 'action')} (${Math.round(ro.total / Math.max(1, ours.total))} times as many), ${formatCount(ro.beyond)} beyond List and Read, and ${plural(ro.dataReads.length, 'read')} of data or secrets; on the ${plural(ourPrefixCount, 'IAM service')} this policy uses, it grants ${plural(ro.onOurPrefixes, 'action')}.`}
    </Typography>
  );
}

/**
 * The comparison with AWS's managed policies for the current choices: a summary, two charts, the
 * same numbers as a table, the data reads ReadOnlyAccess adds, and where the figures come from.
 * Loaded on demand with its data; follows the selection, edition and mode as they change.
 */
export default function ComparePanel() {
  const data = use(loadBaselines());
  const { model } = useDeferredPolicy();
  const comparison = useMemo(
    () => buildBaselineComparison(model.exactActions, bundledCatalog.accessLevelOf, data),
    [model, data],
  );
  const rows = comparisonRows(comparison, data, bundledCatalog.getEdition(model.editionId).label);
  return (
    <Box>
      <Summary comparison={comparison} />
      <Box
        sx={{
          display: 'grid',
          gap: 3,
          gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: 'minmax(0, 3fr) minmax(0, 2fr)' },
        }}
      >
        <BarChart title="Actions granted" series={LEVEL_SERIES} bars={rows.map(levelBar)} />
        <BarChart title="Reads of data or secrets" series={READ_SERIES} bars={rows.map(readBar)} />
      </Box>
      <ComparisonTable rows={rows} />
      <DataReadsDisclosure
        policyName={REFERENCE}
        reads={comparison.extraDataReads[REFERENCE] ?? []}
      />
      <BaselineSources data={data} />
    </Box>
  );
}
