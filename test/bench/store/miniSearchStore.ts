// MiniSearch over the same reflections and query mix: index build time, heap it holds after GC, query latency.
import MiniSearch, { type SearchOptions } from 'minisearch';
import type { SyntheticReflection } from '../corpus';
import { single, type Measurement } from '../results';
import { heapAfterGc, MIB, timeSync } from '../timing';
import { measureQueryMix } from './searchQueries';

const group = 'store';
const subject = 'minisearch';

/** MiniSearch has no phrase or `*` syntax: phrases become an AND of their words, `word*` a prefix search. */
export function toMiniSearch(text: string): { query: string; options: SearchOptions } {
  const prefix = /\*$/.test(text);
  const query = text.replace(/["*]/g, '').trim();
  return { query, options: { prefix, combineWith: 'AND' } };
}

export async function measureMiniSearch(reflections: readonly SyntheticReflection[], rounds: number): Promise<Measurement[]> {
  const label = `${reflections.length.toLocaleString('en')} reflections`;
  const documents = reflections.map((reflection, id) => ({ id, title: reflection.title, body: reflection.body, tags: reflection.tags.join(' ') }));
  const before = heapAfterGc();
  const index = new MiniSearch({ fields: ['title', 'body', 'tags'] });
  const buildMs = timeSync(() => index.addAll(documents));
  const heldBytes = heapAfterGc() - before;
  const search = await measureQueryMix(
    { group, name: `search p50/p95/p99, ${label}`, subject, notes: 'in-memory, top 20 of the ranked results; phrase = AND of its words' },
    rounds,
    (text) => {
      const { query, options } = toMiniSearch(text);
      return index.search(query, options).slice(0, 20);
    },
  );
  return [
    single({ group, name: `index build, ${label}`, subject, unit: 'ms' }, buildMs),
    single({ group, name: `index memory (heap after GC), ${label}`, subject, unit: 'MiB', notes: 'process.memoryUsage().heapUsed delta; the documents themselves excluded' }, heldBytes / MIB),
    search,
  ];
}
