import { describe, expect, it } from 'vitest';
import { BUDGETS, evaluateBudgets, ratio } from './budgets';

describe('ratio', () => {
  it('divides page by floor, to two decimals', () => {
    expect(ratio(195_000, 160_000)).toBe(1.22);
    expect(ratio(64, 32)).toBe(2);
  });

  it('is NaN without a usable floor or page figure', () => {
    expect(ratio(10, 0)).toBeNaN();
    expect(ratio(Number.NaN, 10)).toBeNaN();
  });
});

describe('evaluateBudgets', () => {
  it('passes values at or under the limit and fails those over it', () => {
    const results = evaluateBudgets({ 'tick-p95': 1.5, 'bytes-static': 1.31, audit: 1999 });
    expect(results.map((r) => [r.id, r.ok])).toEqual([
      ['tick-p95', true],
      ['bytes-static', false],
      ['audit', true],
    ]);
  });

  it('fails a budget whose figure could not be measured', () => {
    expect(evaluateBudgets({ lcp: Number.NaN })).toEqual([
      expect.objectContaining({ id: 'lcp', ok: false }),
    ]);
  });

  it('holds the issue’s limits, and CI asserts only the byte budget', () => {
    const limits = Object.fromEntries(BUDGETS.map((b) => [b.id, b.limit]));
    expect(limits).toEqual({
      'tick-p95': 1.5,
      'bytes-static': 1.3,
      'bytes-fetched': 1.3,
      lcp: 1,
      audit: 2000,
    });
    expect(BUDGETS.filter((b) => b.ci).map((b) => b.id)).toEqual(['bytes-static']);
  });
});
