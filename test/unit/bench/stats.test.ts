// Percentiles are nearest-rank (every reported latency really happened), and summaries agree with them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { median, percentile, summarize } from '../../../test/bench/stats';

const samples = fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 200 });

describe('percentile', () => {
  it('picks the nearest-rank sample', () => {
    const values = [15, 20, 35, 40, 50];
    expect(percentile(values, 5)).toBe(15);
    expect(percentile(values, 30)).toBe(20);
    expect(percentile(values, 40)).toBe(20);
    expect(percentile(values, 50)).toBe(35);
    expect(percentile(values, 100)).toBe(50);
  });

  it('gives p95 of 1..100 as 95 and p99 as 99, whatever the input order', () => {
    const values = Array.from({ length: 100 }, (_, index) => 100 - index);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile(values, 0)).toBe(1);
  });

  it('always returns one of the samples, within min and max', () => {
    fc.assert(
      fc.property(samples, fc.double({ min: 0, max: 100, noNaN: true }), (values, p) => {
        const result = percentile(values, p);
        expect(values).toContain(result);
        expect(result).toBeGreaterThanOrEqual(Math.min(...values));
        expect(result).toBeLessThanOrEqual(Math.max(...values));
      }),
    );
  });

  it('never decreases as p grows', () => {
    fc.assert(
      fc.property(samples, fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: 0, max: 100, noNaN: true }), (values, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(percentile(values, low)).toBeLessThanOrEqual(percentile(values, high));
      }),
    );
  });

  it('does not reorder the caller’s array', () => {
    const values = [3, 1, 2];
    percentile(values, 50);
    expect(values).toEqual([3, 1, 2]);
  });

  it('refuses no samples and out-of-range percentiles', () => {
    expect(() => percentile([], 50)).toThrow();
    expect(() => percentile([1], 101)).toThrow();
    expect(() => percentile([1], -1)).toThrow();
  });
});

describe('summarize', () => {
  it('reports runs, median, p95, p99, min, max and mean', () => {
    const values = Array.from({ length: 200 }, (_, index) => index + 1);
    expect(summarize(values)).toEqual({ runs: 200, median: 100, p95: 190, p99: 198, min: 1, max: 200, mean: 100.5 });
  });

  it('agrees with percentile and keeps median ≤ p95 ≤ p99', () => {
    fc.assert(
      fc.property(samples, (values) => {
        const summary = summarize(values);
        expect(summary.median).toBe(median(values));
        expect(summary.median).toBeLessThanOrEqual(summary.p95);
        expect(summary.p95).toBeLessThanOrEqual(summary.p99);
        expect(summary.p99).toBeLessThanOrEqual(summary.max);
      }),
    );
  });
});
