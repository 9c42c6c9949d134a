// Each figure carries its verdict: a latency target judges the p95, a one-shot figure its value; skips carry a reason.
import { describe, expect, it } from 'vitest';
import { fromRepeats, fromSamples, single, skipped } from '../../../test/bench/results';
import { markdownTable, textTable } from '../../../test/bench/table';

const base = { group: 'store', name: 'search', subject: 'cairn', unit: 'ms' };
const target = { max: 25, unit: 'ms' };

describe('measurements', () => {
  it('judges a latency distribution by its p95, not its median', () => {
    const samples = [...Array.from({ length: 90 }, () => 5), ...Array.from({ length: 10 }, () => 40)];
    const measurement = fromSamples({ ...base, target }, samples);
    expect(measurement).toMatchObject({ runs: 100, median: 5, p95: 40, p99: 40, meetsTarget: false });
  });

  it('judges repeated one-shot runs by their median and a single figure by itself', () => {
    expect(fromRepeats({ ...base, target }, [30, 10, 20])).toMatchObject({ runs: 3, value: 20, meetsTarget: true });
    expect(single({ ...base, target }, 25)).toMatchObject({ runs: 1, value: 25, meetsTarget: true });
    expect(single(base, 99).meetsTarget).toBeUndefined();
  });

  it('records why a figure was skipped and gives it no verdict', () => {
    const measurement = skipped({ ...base, target }, 'not built yet');
    expect(measurement).toMatchObject({ status: 'skipped', reason: 'not built yet' });
    expect(measurement.meetsTarget).toBeUndefined();
  });

  it('shows misses, skips and figures in the printed tables', () => {
    const measurements = [single({ ...base, target }, 31.234), skipped({ ...base, name: 'venn' }, 'not built yet')];
    const text = textTable(measurements);
    expect(text).toContain('31.2');
    expect(text).toContain('MISSES ≤ 25.0 ms');
    expect(text).toContain('skipped: not built yet');
    expect(markdownTable(measurements).split('\n')).toHaveLength(4);
  });
});
