// Plain FTS5 through better-sqlite3 with no app layer, over the same text and MATCH strings: Cairn's overhead baseline.
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { parseSearchQuery, toFtsMatch } from '../../../shared/domain/searchQuery';
import type { SyntheticReflection } from '../corpus';
import { single, type Measurement } from '../results';
import { timeSync } from '../timing';
import { databaseBytes } from '../workspace';
import { measureQueryMix } from './searchQueries';

const group = 'store';
const subject = 'raw-fts5';

export async function measureRawFts(reflections: readonly SyntheticReflection[], folder: string, rounds: number): Promise<Measurement[]> {
  const label = `${reflections.length.toLocaleString('en')} reflections`;
  const file = path.join(folder, 'raw-fts5.db');
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.exec(`CREATE VIRTUAL TABLE docs USING fts5 (title, body, tags, tokenize = 'unicode61 remove_diacritics 2')`);
    const insert = db.prepare('INSERT INTO docs (title, body, tags) VALUES (?, ?, ?)');
    const buildMs = timeSync(() =>
      db.transaction(() => {
        for (const reflection of reflections) insert.run(reflection.title, reflection.body, reflection.tags.join(' '));
      })(),
    );
    const query = db.prepare(
      `SELECT rowid, title, snippet(docs, -1, '[', ']', '…', 24) AS snippet FROM docs WHERE docs MATCH ? ORDER BY rank LIMIT 21`,
    );
    const search = await measureQueryMix(
      { group, name: `search p50/p95/p99, ${label}`, subject, notes: 'same MATCH strings as Cairn (toFtsMatch), bm25 rank, snippets, 21 rows' },
      rounds,
      (text) => query.all(toFtsMatch(parseSearchQuery(text))),
    );
    db.pragma('wal_checkpoint(TRUNCATE)');
    return [
      single({ group, name: `index build, ${label}`, subject, unit: 'ms', notes: 'one transaction' }, buildMs),
      search,
      single({ group, name: `database size on disk, ${label}`, subject, unit: 'MiB' }, databaseBytes(file) / 2 ** 20),
    ];
  } finally {
    db.close();
  }
}
