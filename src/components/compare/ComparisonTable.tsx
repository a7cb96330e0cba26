import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { formatCount } from '../../core/count-text';
import type { PolicyRow } from './compare-rows';

const COLUMNS: { key: keyof PolicyRow; label: string }[] = [
  { key: 'total', label: 'Actions' },
  { key: 'list', label: 'List' },
  { key: 'read', label: 'Read' },
  { key: 'beyond', label: 'Beyond List/Read' },
  { key: 'dataReads', label: 'Data reads' },
];

/** The chart's numbers as a table: one row per policy, with the version it was counted from. */
export function ComparisonTable({ rows }: { rows: readonly PolicyRow[] }) {
  return (
    // Scrolls on its own on a narrow screen; focusable so a keyboard can scroll it.
    <TableContainer
      tabIndex={0}
      role="region"
      aria-labelledby="compare-table-caption"
      sx={{ mt: 2, overflowX: 'auto' }}
    >
      <Table size="small" sx={{ '& th, & td': { px: { xs: 0.75, sm: 2 } } }}>
        <caption id="compare-table-caption" style={{ captionSide: 'top', padding: '0 0 8px' }}>
          <Typography component="span" variant="subtitle2">
            Actions and data reads, by policy
          </Typography>
        </caption>
        <TableHead>
          <TableRow>
            <TableCell component="th" scope="col">
              Policy
            </TableCell>
            {COLUMNS.map((c) => (
              <TableCell key={c.key} component="th" scope="col" align="right">
                {c.label}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.id} data-policy={row.id}>
              <TableCell component="th" scope="row">
                {row.name}
                <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
                  {row.detail}
                </Typography>
              </TableCell>
              {COLUMNS.map((c) => (
                <TableCell key={c.key} align="right">
                  {formatCount(Number(row[c.key]))}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
