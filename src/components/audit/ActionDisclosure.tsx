import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import type { ActionRow } from '../../core/audit/analysis/action-rows';
import { formatCount, plural } from '../../core/count-text';
import { Disclosure } from '../common/Disclosure';

/** Props of `ActionDisclosure`. */
export interface ActionDisclosureProps {
  actions: readonly ActionRow[];
  /** Completes the visible label, e.g. "missing": "Show 3 actions missing". */
  context: string;
  /** Added to the accessible names only, e.g. "from AWS Lambda", when the label repeats nearby. */
  detail?: string;
}

/** A list may hold every AWS action (`"Action": "*"`): only this many are drawn. */
export const MAX_LISTED = 1000;

function ActionItem({ row }: { row: ActionRow }) {
  return (
    <Box
      component="li"
      sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 0.5, py: 0.25 }}
    >
      <Box component="code" sx={{ fontSize: '0.8125rem', wordBreak: 'break-all' }}>
        {row.action}
      </Box>
      {row.level && (
        <Typography variant="caption" color="text.secondary">
          ({row.level})
        </Typography>
      )}
      {row.sensitive && (
        <>
          <Chip
            size="small"
            variant="outlined"
            icon={<WarningAmberIcon color="warning" />}
            label="Reads data or secrets"
          />
          <Typography variant="caption" color="text.secondary" sx={{ flexBasis: '100%' }}>
            {row.sensitive}
          </Typography>
        </>
      )}
    </Box>
  );
}

/** "Show N actions": a collapsed list of actions, drawn only when opened. */
export function ActionDisclosure({ actions, context, detail }: ActionDisclosureProps) {
  if (actions.length === 0) return null;
  const label = (open: boolean) =>
    `${open ? 'Hide' : 'Show'} ${plural(actions.length, 'action')} ${context}`;
  const what = detail ? `${context} ${detail}` : context;
  return (
    <Disclosure label={label} ariaLabel={detail ? (open) => `${label(open)} ${detail}` : undefined}>
      {actions.length > MAX_LISTED && (
        <Typography variant="body2" color="text.secondary">
          The first {formatCount(MAX_LISTED)} of {formatCount(actions.length)} are listed.
        </Typography>
      )}
      <Box
        component="ul"
        aria-label={`Actions ${what}`}
        tabIndex={0}
        sx={{ m: 0, p: 0, listStyle: 'none', maxHeight: 320, overflow: 'auto' }}
      >
        {actions.slice(0, MAX_LISTED).map((row) => (
          <ActionItem key={row.action} row={row} />
        ))}
      </Box>
    </Disclosure>
  );
}
