import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { Baseline, BaselinesData, LimitedStatement } from '../../catalog/baselines';
import { plural } from '../../core/count-text';
import { isoDay } from './compare-rows';

function limitText(name: string, limit: LimitedStatement): string {
  const where = limit.resources === '*' ? '' : ` only on ${plural(limit.resources, 'resource')}`;
  const when = limit.conditionKeys.length
    ? ` only under a condition on ${limit.conditionKeys.join(', ')}`
    : '';
  return `${name} grants ${limit.actions.join(', ')}${where}${when}; it is counted as granted.`;
}

function unmatchedText(baseline: Baseline): string {
  const first = baseline.unmatched.slice(0, 3).join(', ');
  const more = baseline.unmatched.length > 3 ? ', …' : '';
  return `${baseline.name} lists ${plural(baseline.unmatched.length, 'pattern')} that ${baseline.unmatched.length === 1 ? 'matches' : 'match'} no action in AWS’s data (${first}${more}): retired services or typos, counted as nothing.`;
}

/** Where the comparison's figures come from: package versions, policy versions and dates, caveats. */
export function BaselineSources({ data }: { data: BaselinesData }) {
  const notes = data.baselines.flatMap((b) => [
    ...b.limited.map((l) => limitText(b.name, l)),
    ...(b.unmatched.length > 0 ? [unmatchedText(b)] : []),
  ]);
  const versions = data.baselines
    .map((b) => `${b.name} ${b.versionId} of ${isoDay(b.versionDate)}`)
    .join(', ');
  return (
    <Box sx={{ mt: 3 }}>
      <Typography variant="subtitle2" component="h3">
        Where the figures come from
      </Typography>
      <Box component="ul" sx={{ m: 0, pl: 3, '& li': { typography: 'body2', mb: 0.5 } }}>
        <li>
          AWS managed policies, current versions: {versions} (from {data.policyData.package}{' '}
          {data.policyData.version}, whose newest policy change is of{' '}
          {isoDay(data.policyData.newestChange)}).
        </li>
        <li>
          Actions and access levels: AWS’s service authorization data of{' '}
          {isoDay(data.actionData.updatedAt)} ({data.actionData.package} {data.actionData.version}),
          the same this page’s policy is built from. Each pattern is expanded to the actions it
          matches at that date.
        </li>
        <li>
          Data reads: {plural(Object.keys(data.dataReads).length, 'read')} curated by hand because
          they return your data or secrets (objects, items, records, log events, parameter values,
          code) rather than resource metadata.
        </li>
        {notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </Box>
    </Box>
  );
}
