// Runs the fixed query mix against any engine, round after round, and summarizes overall and per kind of query.
import { searchQueryMix } from '../corpus';
import { fromSamples, type Measurement, type Target } from '../results';
import { percentile } from '../stats';
import { timeAsync } from '../timing';

export type QueryRunner = (text: string) => Promise<unknown> | unknown;

/** One warm-up round first (statement caches, page cache), then `rounds` measured rounds. */
export async function measureQueryMix(
  base: { group: string; name: string; subject: string; target?: Target; notes?: string },
  rounds: number,
  run: QueryRunner,
): Promise<Measurement> {
  for (const query of searchQueryMix) await run(query.text);
  const all: number[] = [];
  const byKind = new Map<string, number[]>();
  for (let round = 0; round < rounds; round += 1) {
    for (const query of searchQueryMix) {
      const elapsed = await timeAsync(async () => run(query.text));
      all.push(elapsed);
      byKind.set(query.label, [...(byKind.get(query.label) ?? []), elapsed]);
    }
  }
  const perKind = [...byKind].map(([label, samples]) => `${label} p95 ${percentile(samples, 95).toFixed(2)}`).join('; ');
  return fromSamples({ ...base, unit: 'ms', notes: [base.notes, `per query (ms): ${perKind}`].filter(Boolean).join('. ') }, all);
}
