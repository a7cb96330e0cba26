import { describe, expect, it } from 'vitest';
import { median, percentile, summarise } from './stats';

describe('percentile', () => {
  it('interpolates between closest ranks, whatever the input order', () => {
    const values = [40, 10, 30, 20, 50];
    expect(percentile(values, 0)).toBe(10);
    expect(percentile(values, 50)).toBe(30);
    expect(percentile(values, 100)).toBe(50);
    expect(percentile(values, 95)).toBeCloseTo(48);
    expect(percentile(values, 25)).toBe(20);
  });

  it('gives the one value of a single sample, NaN for none, and refuses p outside 0..100', () => {
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });

  it('takes p95 of twenty ticks from the top two', () => {
    const ticks = [...Array.from({ length: 18 }, () => 16), 40, 80];
    expect(percentile(ticks, 95)).toBeCloseTo(40 + (80 - 40) * 0.05);
  });
});

describe('median and summarise', () => {
  it('averages the two middle values of an even sample', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('summarises a sample rounded to a tenth', () => {
    expect(summarise([1.04, 2, 3, 4.26])).toEqual({ n: 4, p50: 2.5, p95: 4.1, min: 1, max: 4.3 });
  });
});
