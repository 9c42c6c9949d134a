// Migrations: applied in order by user_version, one transaction each, refusing databases from the future.
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Migration } from '../../../../../electron/core/store/migration';
import { migrate, schemaVersion } from '../../../../../electron/core/store/migrate';
import { LATEST_SCHEMA_VERSION, migrations } from '../../../../../electron/core/store/migrations';
import { openDatabase, type Db } from '../../../../../electron/core/store/open';
import { makeTempDir, removeDir } from '../../../../support/tempDir';

let dir: string;
let db: Db;

beforeEach(() => {
  dir = makeTempDir();
  db = openDatabase(path.join(dir, 'test.db'));
});
afterEach(() => {
  db.close();
  removeDir(dir);
});

function tableNames(): string[] {
  return db
    .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .all()
    .map((row) => row.name);
}

describe('migrate', () => {
  it('brings a new database to the latest schema', () => {
    expect(migrate(db)).toEqual({ from: 0, to: LATEST_SCHEMA_VERSION });
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(migrate(db)).toEqual({ from: LATEST_SCHEMA_VERSION, to: LATEST_SCHEMA_VERSION });
  });

  it('opens with WAL, synchronous=FULL and foreign keys on', () => {
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  it('refuses a database written by a newer app, changing nothing', () => {
    migrate(db);
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    expect(() => migrate(db)).toThrow(/newer version of Cairn/);
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION + 5);
  });

  it('rolls back every pending step when one fails, leaving the journal exactly as it was', () => {
    const failing: Migration[] = [
      migrations[0] as Migration,
      {
        version: 2,
        name: 'half-done',
        up(target) {
          target.exec('CREATE TABLE half_done (x INTEGER) STRICT');
          throw new Error('disk on fire');
        },
      },
    ];
    expect(() => migrate(db, failing)).toThrow('disk on fire');
    expect(schemaVersion(db)).toBe(0);
    expect(tableNames()).toEqual([]);

    migrate(db, failing.slice(0, 1));
    expect(() => migrate(db, failing)).toThrow('disk on fire');
    expect(schemaVersion(db)).toBe(1);
    expect(tableNames()).toEqual(['reflections']);
  });

  it('refuses a migration list with gaps', () => {
    const gappy: Migration[] = [{ version: 2, name: 'skips-one', up() {} }];
    expect(() => migrate(db, gappy)).toThrow(/expected 1/);
  });

  describe('0001 reflections', () => {
    it('creates the reflections table, STRICT, with a date check', () => {
      migrate(db, migrations.slice(0, 1));
      expect(tableNames()).toContain('reflections');
      const insert = db.prepare(
        "INSERT INTO reflections (id, entry_date, title, body, created_at, updated_at) VALUES (?, ?, '', '', 'x', 'x')",
      );
      insert.run('a', '2024-05-01');
      expect(() => insert.run('b', 'yesterday')).toThrow(/CHECK constraint/);
      expect(() =>
        db.prepare("INSERT INTO reflections (id, entry_date, title, body, created_at, updated_at) VALUES ('c', '2024-05-01', X'00', '', 'x', 'x')").run(),
      ).toThrow(/cannot store BLOB value in TEXT column/);
    });
  });
});
