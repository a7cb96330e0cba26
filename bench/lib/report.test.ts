import { describe, expect, it } from 'vitest';
import { evaluateBudgets } from './budgets';
import { alternate } from './collect';
import { buildRows, formatTable } from './report';
import type { BenchResults, LatencySummary } from './results';

const latency = (p50: number, p95: number, belowThreshold = 0): LatencySummary => ({
  n: 24,
  p50,
  p95,
  min: p50,
  max: p95,
  belowThreshold,
});
const bytes = (total: number) => ({ total, files: [] });
const load = (lcp: number) => ({ runs: [{ lcp, fcp: lcp, lcpElement: 'pre' }], lcp, fcp: lcp });

const results = {
  tick: { page: latency(40, 60), floor: latency(20, 30, 3) },
  selectAll: { page: latency(100, 120), floor: latency(50, 60) },
  editionSwitch: { page: latency(100, 120), floor: latency(50, 60) },
  bytes: {
    static: { page: bytes(206_000), floor: bytes(160_000) },
    fetched: { page: bytes(250_000), floor: bytes(200_000) },
  },
  lcp: { page: load(1000), floor: load(3000) },
  audit: { inputBytes: 1, runs: [2500], median: 2500 },
  budgets: evaluateBudgets({ 'tick-p95': 2, 'bytes-static': 1.29, lcp: 0.33, audit: 2500 }),
} as unknown as BenchResults;

describe('buildRows', () => {
  it('puts each figure beside the floor’s, with the ratio and the budget’s verdict', () => {
    const rows = buildRows(results);
    const tick = rows.find((r) => r.figure.startsWith('tick-to-paint') && r.figure.endsWith('p95'));
    expect(tick).toMatchObject({
      page: '60 ms',
      floor: '30 ms (3 <16)',
      ratio: '2.00×',
      budget: '≤ 1.5× NOT MET',
    });
    const staticBytes = rows.find((r) => r.figure === 'gzip bytes index.html loads');
    expect(staticBytes).toMatchObject({
      page: '206.0 kB',
      ratio: '1.29×',
      budget: '≤ 1.3× met (CI)',
    });
    expect(rows.find((r) => r.figure.startsWith('LCP'))?.budget).toBe('≤ 1× met');
    expect(rows.find((r) => r.figure.startsWith('crafted'))).toMatchObject({
      page: '2500 ms',
      budget: '< 2000 ms NOT MET',
    });
  });
});

describe('formatTable', () => {
  it('pads every column to its widest cell, as a Markdown table', () => {
    const table = formatTable([
      { figure: 'a', page: '10 ms', floor: '5 ms', ratio: '2×', budget: '' },
    ]);
    expect(table.split('\n')).toEqual([
      '| figure | page  | floor | ratio | budget |',
      '| ------ | ----- | ----- | ----- | ------ |',
      '| a      | 10 ms | 5 ms  | 2×    |        |',
    ]);
  });
});

describe('alternate', () => {
  it('measures the page first in even rounds and the floor first in odd ones', () => {
    const pair = { page: 'P', floor: 'F' };
    expect(alternate(pair, 0).map(([name]) => name)).toEqual(['page', 'floor']);
    expect(alternate(pair, 1).map(([name]) => name)).toEqual(['floor', 'page']);
  });
});
