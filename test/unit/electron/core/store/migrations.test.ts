// Every earlier schema migrates to the current one with its data intact; a failing migration rolls back and leaves its backup.
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE, type Core } from '../../../../../electron/core/core';
import { listBackups } from '../../../../../electron/core/store/backups';
import { openJournal } from '../../../../../electron/core/store/journal';
import { migrate, schemaVersion } from '../../../../../electron/core/store/migrate';
import type { Migration } from '../../../../../electron/core/store/migration';
import { LATEST_SCHEMA_VERSION, migrations } from '../../../../../electron/core/store/migrations';
import { openDatabase, type Db } from '../../../../../electron/core/store/open';
import { createSearchRepo } from '../../../../../electron/core/repos/searchRepo';
import { searchInputSchema } from '../../../../../shared/domain/searchQuery';
import { call, startCore, tempDir } from '../coreFixture';

const REFLECTION_ID = '11111111-1111-4111-8111-111111111111';
const VALUE_ID = '22222222-2222-4222-8222-222222222222';
const EXPERIMENT_ID = '33333333-3333-4333-8333-333333333333';
const STAMP = '2025-05-05T10:00:00.000Z';

/** Data written with each version's own schema, as that version of Cairn would have written it. */
const seedAtVersion: Record<number, (db: Db) => void> = {
  1: (db) => {
    db.prepare('INSERT INTO reflections (id, entry_date, title, body, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)').run(
      REFLECTION_ID, '2025-05-05', 'From schema one', 'An old mountain path', STAMP, STAMP,
    );
  },
  2: (db) => {
    seedAtVersion[1]!(db);
    db.prepare(
      'INSERT INTO personal_values (id, label, colour, position, created_at, updated_at) VALUES (?, ?, ?, 0, ?, ?)',
    ).run(VALUE_ID, 'exploring', '#112233', STAMP, STAMP);
    db.prepare('INSERT INTO experiments (id, title, hypothesis, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(
      EXPERIMENT_ID, 'Night class', 'Pottery relaxes me', STAMP, STAMP,
    );
    db.prepare("INSERT INTO tags (id, name) VALUES (1, 'hiking')").run();
    db.prepare('INSERT INTO reflection_tags (reflection_id, tag_id) VALUES (?, 1)').run(REFLECTION_ID);
    db.prepare('INSERT INTO reflection_values (reflection_id, value_id) VALUES (?, ?)').run(REFLECTION_ID, VALUE_ID);
    db.prepare('UPDATE reflections SET energy = 4 WHERE id = ?').run(REFLECTION_ID);
  },
  3: (db) => seedAtVersion[2]!(db),
  4: (db) => {
    seedAtVersion[3]!(db);
    db.prepare('INSERT INTO import_fingerprints (fingerprint, reflection_id) VALUES (?, ?)').run('a'.repeat(64), REFLECTION_ID);
  },
  5: (db) => seedAtVersion[4]!(db),
  6: (db) => seedAtVersion[5]!(db),
  7: (db) => {
    seedAtVersion[6]!(db);
    db.prepare("INSERT INTO tombstones (kind, id, deleted_at) VALUES ('value', ?, ?)").run(GONE_VALUE_ID, STAMP);
  },
  8: (db) => {
    seedAtVersion[7]!(db);
    db.prepare("INSERT INTO reflection_versions (id, reflection_id, parent_id, title, body, origin, session, started_at, saved_at) SELECT '88888888-8888-4888-8888-888888888888', id, NULL, title, body, 'original', NULL, created_at, updated_at FROM reflections WHERE id = ?").run(REFLECTION_ID);
  },
  9: (db) => {
    seedAtVersion[8]!(db);
    db.prepare('INSERT INTO experiment_people (id, experiment_id, name, learned, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)').run(
      PERSON_ID, EXPERIMENT_ID, 'Marguerite Okafor', 'Glazes need patience', STAMP, STAMP,
    );
    db.prepare('INSERT INTO experiment_places (id, experiment_id, name, location, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)').run(
      PLACE_ID, EXPERIMENT_ID, 'Clay studio', 'Harbourside', STAMP, STAMP,
    );
    db.prepare("UPDATE strategy SET aspiration = 'Turning messy data into decisions', strengths = 'Listening', impact = 'Calmer teams', updated_at = ?").run(STAMP);
    db.prepare("INSERT INTO strategy_versions (id, created_at, aspiration, strengths, impact, values_json, layout_json, change_note) VALUES (?, ?, '', '', '', '[]', '{}', 'After the réunion I dropped management')").run(VERSION_ID, STAMP);
  },
  // Schema 10 added only search bookkeeping, which the later steps rebuild from the rows above.
  10: (db) => seedAtVersion[9]!(db),
  11: (db) => seedAtVersion[10]!(db),
};

const PERSON_ID = '44444444-4444-4444-8444-444444444444';
const PLACE_ID = '55555555-5555-4555-8555-555555555555';
const VERSION_ID = '66666666-6666-4666-8666-666666666666';

const GONE_VALUE_ID = '77777777-7777-4777-8777-777777777777';

function fixtureAtVersion(version: number): string {
  const dataDir = tempDir();
  const db = openDatabase(path.join(dataDir, DATABASE_FILE));
  migrate(db, migrations.slice(0, version));
  seedAtVersion[version]!(db);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return dataDir;
}

let core: Core | undefined;
afterEach(() => core?.close());

describe('migrations', () => {
  it('has a fixture for every earlier schema version', () => {
    expect(Object.keys(seedAtVersion).map(Number)).toEqual(Array.from({ length: LATEST_SCHEMA_VERSION - 1 }, (_, i) => i + 1));
  });

  it.each(Object.keys(seedAtVersion).map(Number))('brings a schema %i journal up to date with its data intact', async (version) => {
    const dataDir = fixtureAtVersion(version);
    core = startCore(dataDir);
    expect((await call(core, 'app.info', {})).schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    const reflection = await call(core, 'reflections.get', { id: REFLECTION_ID });
    expect(reflection).toMatchObject({ title: 'From schema one', body: 'An old mountain path', entryDate: '2025-05-05', createdAt: STAMP });
    expect((await call(core, 'search.query', { text: 'mountain' })).items.map((hit) => hit.id)).toEqual([REFLECTION_ID]);
    if (version >= 2) {
      expect(reflection).toMatchObject({ tags: ['hiking'], valueIds: [VALUE_ID], energy: 4 });
      expect((await call(core, 'search.query', { text: 'hiking' })).items.map((hit) => hit.id)).toEqual([REFLECTION_ID]);
      expect((await call(core, 'search.query', { text: 'pottery' })).items.map((hit) => hit.id)).toEqual([EXPERIMENT_ID]);
    }
    if (version >= 4) {
      expect(core.db.prepare('SELECT reflection_id FROM import_fingerprints').pluck().all()).toEqual([REFLECTION_ID]);
    }
    const preMigration = (await call(core, 'backups.list', {})).filter((backup) => backup.reason === 'pre-migration');
    expect(preMigration).toHaveLength(1);
  });

  it('adds the import fingerprint table to a schema 3 journal, and forgets a fingerprint with its reflection', async () => {
    core = startCore(fixtureAtVersion(3));
    const fingerprint = 'a'.repeat(64);
    expect(core.db.prepare('SELECT count(*) AS n FROM import_fingerprints').get()).toEqual({ n: 0 });
    core.db.prepare('INSERT INTO import_fingerprints (fingerprint, reflection_id) VALUES (?, ?)').run(fingerprint, REFLECTION_ID);
    expect(() => core!.db.prepare('INSERT INTO import_fingerprints (fingerprint, reflection_id) VALUES (?, ?)').run('short', REFLECTION_ID)).toThrow(
      /CHECK constraint/,
    );
    await call(core, 'reflections.delete', { id: REFLECTION_ID });
    expect(core.db.prepare('SELECT count(*) AS n FROM import_fingerprints').get()).toEqual({ n: 0 });
    const plan = core.db.prepare('EXPLAIN QUERY PLAN SELECT fingerprint FROM import_fingerprints WHERE reflection_id = ?').all('x');
    expect(JSON.stringify(plan)).toMatch(/import_fingerprints_by_reflection/);
  });

  it('rebuilds the search index of a schema 5 journal in entry-date order, with the words prefix searches use', async () => {
    const dataDir = fixtureAtVersion(5);
    const db = openDatabase(path.join(dataDir, DATABASE_FILE));
    const insert = db.prepare('INSERT INTO reflections (id, entry_date, title, body, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
    // Written out of date order, as an import or a back-dated entry would.
    const later = [
      ['44444444-4444-4444-8444-444444444444', '2025-05-07'],
      ['55555555-5555-4555-8555-555555555555', '2024-01-01'],
      ['66666666-6666-4666-8666-666666666666', '2025-05-05'],
    ] as const;
    for (const [id, date] of later) insert.run(id, date, '', 'Back on the mountain path', STAMP, STAMP);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();

    core = startCore(dataDir);
    const datesInKeyOrder = () =>
      core!.db.prepare('SELECT r.entry_date FROM search_docs d JOIN reflections r ON r.id = d.item_id ORDER BY d.doc').pluck().all() as string[];
    expect(datesInKeyOrder()).toEqual(['2024-01-01', '2025-05-05', '2025-05-05', '2025-05-07']);
    await call(core, 'reflections.create', { entryDate: '2024-06-01', body: 'Mountain hut' });
    expect(datesInKeyOrder()).toEqual(['2024-01-01', '2024-06-01', '2025-05-05', '2025-05-05', '2025-05-07']);

    const newestFirst = createSearchRepo(core.db, { rankWindow: 1, recencyShare: 0.25 }).query(searchInputSchema.parse({ text: 'mountain' }));
    expect(newestFirst.order).toBe('recency');
    expect(newestFirst.items.map((hit) => hit.date)).toEqual(['2025-05-07', '2025-05-05', '2025-05-05', '2024-06-01', '2024-01-01']);

    expect(core.db.prepare("SELECT word FROM search_words WHERE word IN ('mountain', 'hiking', 'pottery') ORDER BY word").pluck().all()).toEqual([
      'hiking',
      'mountain',
      'pottery',
    ]);
    expect((await call(core, 'search.query', { text: 'hik*' })).items.map((hit) => hit.id)).toEqual([REFLECTION_ID]);
    expect((await call(core, 'search.query', { text: 'pott*' })).items.map((hit) => hit.id)).toEqual([EXPERIMENT_ID]);
  });

  it('gives a schema 6 journal Recently deleted: a deleted reflection leaves search, keeps a tombstone, and comes back with its links', async () => {
    core = startCore(fixtureAtVersion(6));
    await call(core, 'reflections.delete', { id: REFLECTION_ID });
    expect((await call(core, 'search.query', { text: 'mountain' })).items).toEqual([]);
    expect(await call(core, 'trash.list', {})).toMatchObject([{ kind: 'reflection', id: REFLECTION_ID, title: 'From schema one' }]);
    expect(core.db.prepare('SELECT kind, id FROM tombstones').all()).toEqual([{ kind: 'reflection', id: REFLECTION_ID }]);
    await call(core, 'trash.restore', { kind: 'reflection', id: REFLECTION_ID });
    expect(await call(core, 'reflections.get', { id: REFLECTION_ID })).toMatchObject({ tags: ['hiking'], valueIds: [VALUE_ID], energy: 4 });
    expect((await call(core, 'search.query', { text: 'mountain' })).items.map((hit) => hit.id)).toEqual([REFLECTION_ID]);
  });

  it('gives a schema 7 journal entry history: its tombstones stay, and an entry written before keeps its old text as the first version', async () => {
    core = startCore(fixtureAtVersion(7));
    expect(core.db.prepare('SELECT kind, id FROM tombstones').all()).toEqual([{ kind: 'value', id: GONE_VALUE_ID }]);
    await call(core, 'reflections.update', { id: REFLECTION_ID, body: 'A new mountain path' });
    const history = await call(core, 'reflections.history', { id: REFLECTION_ID });
    expect(history.map((version) => [version.origin, version.body])).toEqual([
      ['edit', 'A new mountain path'],
      ['original', 'An old mountain path'],
    ]);
    expect(history[0]!.parentId).toBe(history[1]!.id);
    expect((await call(core, 'search.query', { text: 'old' })).items).toEqual([]);
  });

  it('adds an empty drafts table to a schema 8 journal that keeps only JSON objects', async () => {
    core = startCore(fixtureAtVersion(8));
    expect(await call(core, 'drafts.get', { key: 'check-in' })).toBeNull();
    expect(() => core!.db.prepare("INSERT INTO drafts (key, fields, updated_at) VALUES ('x', '[1]', '')").run()).toThrow(/CHECK constraint/);
    await call(core, 'drafts.save', { key: 'check-in', fields: { note: 'Kept' } });
    expect(await call(core, 'drafts.get', { key: 'check-in' })).toMatchObject({ fields: { note: 'Kept' } });
    expect((await call(core, 'reflections.history', { id: REFLECTION_ID })).map((version) => version.origin)).toEqual(['original']);
  });

  it('makes everything in a schema 9 journal searchable, each result saying what it is', async () => {
    core = startCore(fixtureAtVersion(9));
    const found = async (text: string) => (await call(core!, 'search.query', { text })).items.map((hit) => [hit.kind, hit.id]);
    expect(await found('okafor')).toEqual(expect.arrayContaining([['person', PERSON_ID], ['experiment', EXPERIMENT_ID]]));
    expect(await found('harbourside')).toEqual([['place', PLACE_ID]]);
    expect(await found('decisions')).toEqual([['strategy', 'strategy']]);
    expect(await found('exploring')).toEqual([['value', VALUE_ID]]);
    expect(await found('reu')).toEqual([['version', VERSION_ID]]);
    const person = (await call(core, 'search.query', { text: 'glazes' })).items[0];
    expect(person).toMatchObject({ kind: 'person', title: 'Marguerite Okafor', experimentId: EXPERIMENT_ID });
  });

  it('adds an empty attachments table to a schema 11 journal, which keeps a file once by its SHA-256', async () => {
    core = startCore(fixtureAtVersion(11));
    expect(core.db.prepare('SELECT count(*) AS n FROM attachments').get()).toEqual({ n: 0 });
    const insert = core.db.prepare("INSERT INTO attachments (sha256, mime, size, name, created_at, bytes) VALUES (?, 'image/png', 1, 'a.png', ?, ?)");
    insert.run('b'.repeat(64), STAMP, Buffer.from([1]));
    expect(() => insert.run('b'.repeat(64), STAMP, Buffer.from([1]))).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => insert.run('B'.repeat(64), STAMP, Buffer.from([1]))).toThrow(/CHECK constraint/);
    expect(() => insert.run('c'.repeat(64), STAMP, Buffer.from([1, 2]))).toThrow(/CHECK constraint/);
  });

  it('rolls back every step when one migration fails, and leaves the pre-migration backup holding the old data', () => {
    const dataDir = fixtureAtVersion(1);
    const failing: Migration = {
      version: migrations.length + 1,
      name: 'broken',
      up(db) {
        db.exec('CREATE TABLE half_done (x INTEGER) STRICT');
        throw new Error('disk gremlins');
      },
    };
    const backupsDir = path.join(dataDir, 'backups');
    expect(() =>
      openJournal({ databasePath: path.join(dataDir, DATABASE_FILE), backupsDir, clock: () => new Date(), migrations: [...migrations, failing] }),
    ).toThrow(/could not update your journal.*backups\/cairn-.*pre-migration\.db/);

    const db = new Database(path.join(dataDir, DATABASE_FILE), { readonly: true });
    expect(schemaVersion(db)).toBe(1);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name IN ('half_done', 'personal_values')").all()).toEqual([]);
    expect(db.prepare('SELECT title FROM reflections').all()).toEqual([{ title: 'From schema one' }]);
    db.close();
    const [backup] = listBackups(backupsDir);
    expect(backup?.reason).toBe('pre-migration');
    const saved = new Database(path.join(backupsDir, backup!.name), { readonly: true });
    expect(schemaVersion(saved)).toBe(1);
    expect(saved.prepare('SELECT title FROM reflections').all()).toEqual([{ title: 'From schema one' }]);
    saved.close();
  });

  it('refuses a journal from a newer Cairn without changing it', () => {
    const dataDir = fixtureAtVersion(1);
    const db = new Database(path.join(dataDir, DATABASE_FILE));
    db.pragma('user_version = 99');
    db.close();
    expect(() => startCore(dataDir)).toThrow(/newer version of Cairn/);
  });
});
