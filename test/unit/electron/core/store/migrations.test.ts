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
};

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
