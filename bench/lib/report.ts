import { ratio, type BudgetResult } from './budgets';
import type { BenchResults, LatencySummary } from './results';

/** One line of the benchmark's table. */
export interface Row {
  figure: string;
  page: string;
  floor: string;
  ratio: string;
  budget: string;
}

const ms = (x: number) => (Number.isFinite(x) ? `${Math.round(x)} ms` : 'n/a');
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const times = (x: number) => (Number.isFinite(x) ? `${x.toFixed(2)}×` : 'n/a');
const under = (s: LatencySummary) => (s.belowThreshold > 0 ? ` (${s.belowThreshold} <16)` : '');

function verdict(budgets: readonly BudgetResult[], id: BudgetResult['id']): string {
  const budget = budgets.find((b) => b.id === id);
  if (!budget) return '';
  const limit = budget.unit === 'ratio' ? `≤ ${budget.limit}×` : `< ${budget.limit} ms`;
  return `${limit} ${budget.ok ? 'met' : 'NOT MET'}${budget.ci ? ' (CI)' : ''}`;
}

/** The table's rows: each figure on the page and the floor, their ratio, and its budget's verdict. */
export function buildRows(r: BenchResults): Row[] {
  const latency = (figure: string, pair: BenchResults['tick'], id?: BudgetResult['id']) => [
    { figure: `${figure} p50`, page: ms(pair.page.p50), floor: ms(pair.floor.p50) },
    {
      figure: `${figure} p95`,
      page: ms(pair.page.p95) + under(pair.page),
      floor: ms(pair.floor.p95) + under(pair.floor),
      ratio: times(ratio(pair.page.p95, pair.floor.p95)),
      budget: id ? verdict(r.budgets, id) : '',
    },
  ];
  const rows: Partial<Row>[] = [
    ...latency(`tick-to-paint (n=${r.tick.page.n}/${r.tick.floor.n})`, r.tick, 'tick-p95'),
    {
      figure: 'gzip bytes index.html loads',
      page: kb(r.bytes.static.page.total),
      floor: kb(r.bytes.static.floor.total),
      ratio: times(ratio(r.bytes.static.page.total, r.bytes.static.floor.total)),
      budget: verdict(r.budgets, 'bytes-static'),
    },
    {
      figure: 'bytes fetched before any action',
      page: kb(r.bytes.fetched.page.total),
      floor: kb(r.bytes.fetched.floor.total),
      ratio: times(ratio(r.bytes.fetched.page.total, r.bytes.fetched.floor.total)),
      budget: verdict(r.budgets, 'bytes-fetched'),
    },
    {
      figure: `LCP, throttled (median of ${r.lcp.page.runs.length})`,
      page: ms(r.lcp.page.lcp),
      floor: ms(r.lcp.floor.lcp),
      ratio: times(ratio(r.lcp.page.lcp, r.lcp.floor.lcp)),
      budget: verdict(r.budgets, 'lcp'),
    },
    {
      figure: 'FCP, throttled (median)',
      page: ms(r.lcp.page.fcp),
      floor: ms(r.lcp.floor.fcp),
      ratio: times(ratio(r.lcp.page.fcp, r.lcp.floor.fcp)),
    },
    ...latency('"Select all"', r.selectAll),
    ...latency('edition switch', r.editionSwitch),
    {
      figure: `crafted audit input (median of ${r.audit.runs.length})`,
      page: ms(r.audit.median),
      floor: '',
      budget: verdict(r.budgets, 'audit'),
    },
  ];
  return rows.map((row) => ({ page: '', floor: '', ratio: '', budget: '', figure: '', ...row }));
}

/** The rows as a Markdown table, columns padded so it also reads as plain text. */
export function formatTable(rows: readonly Row[]): string {
  const header: Row = {
    figure: 'figure',
    page: 'page',
    floor: 'floor',
    ratio: 'ratio',
    budget: 'budget',
  };
  const keys = Object.keys(header) as (keyof Row)[];
  const all = [header, ...rows];
  const width = (k: keyof Row) => Math.max(...all.map((row) => row[k].length));
  const line = (row: Row) => `| ${keys.map((k) => row[k].padEnd(width(k))).join(' | ')} |`;
  const rule = `| ${keys.map((k) => '-'.repeat(width(k))).join(' | ')} |`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}
