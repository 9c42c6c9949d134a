// What one benchmark figure looks like in bench-results.json, and helpers that build measured or skipped ones.
import { summarize } from './stats';

export interface Target {
  /** Lower is better for every figure Cairn targets. */
  max: number;
  unit: string;
}

export interface Measurement {
  group: string;
  name: string;
  /** Which engine produced it, so side-by-side rows share a name: cairn, minisearch, raw-fts5, vis-timeline. */
  subject: string;
  unit: string;
  status: 'measured' | 'skipped';
  /** Why it was skipped ("not built yet: …"), when it was. */
  reason?: string;
  runs?: number;
  /** The single figure for one-shot measurements (sizes, build time). */
  value?: number;
  median?: number;
  p95?: number;
  p99?: number;
  target?: Target;
  /** Whether the figure the target is about (p95 when present, else the value or median) is within it. */
  meetsTarget?: boolean;
  notes?: string;
}

type Base = Pick<Measurement, 'group' | 'name' | 'subject' | 'unit'> & { target?: Target; notes?: string };

/** The figure a target judges: p95 for latency distributions, else the single value, else the median. */
export function judgedFigure(measurement: Measurement): number | undefined {
  return measurement.p95 ?? measurement.value ?? measurement.median;
}

function withVerdict(measurement: Measurement): Measurement {
  const figure = judgedFigure(measurement);
  if (!measurement.target || figure === undefined) return measurement;
  return { ...measurement, meetsTarget: figure <= measurement.target.max };
}

export function fromSamples(base: Base, samples: readonly number[]): Measurement {
  const summary = summarize(samples);
  return withVerdict({ ...base, status: 'measured', runs: summary.runs, median: summary.median, p95: summary.p95, p99: summary.p99 });
}

/** Median of repeated one-shot runs (open time, first render), reported without percentiles. */
export function fromRepeats(base: Base, samples: readonly number[]): Measurement {
  const summary = summarize(samples);
  return withVerdict({ ...base, status: 'measured', runs: summary.runs, median: summary.median, value: summary.median });
}

export function single(base: Base, value: number): Measurement {
  return withVerdict({ ...base, status: 'measured', runs: 1, value });
}

export function skipped(base: Base, reason: string): Measurement {
  return { ...base, status: 'skipped', reason };
}

export const NOT_BUILT = 'not built yet';
