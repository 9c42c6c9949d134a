// Brings a database up to the app's schema by PRAGMA user_version, all pending migrations in one transaction.
import { AppError } from '../../../shared/errors';
import type { Migration } from './migration';
import { migrations as defaultMigrations } from './migrations';
import type { Db } from './open';

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export interface MigrateResult {
  from: number;
  to: number;
}

export function migrate(db: Db, migrations: readonly Migration[] = defaultMigrations): MigrateResult {
  assertOrdered(migrations);
  const latest = migrations.at(-1)?.version ?? 0;
  const from = schemaVersion(db);
  if (from > latest) {
    throw new AppError(
      'DB_FROM_FUTURE',
      `This journal was saved by a newer version of Cairn (schema ${from}; this app knows up to ${latest}). ` +
        'Update Cairn to open it; nothing was changed.',
    );
  }
  // All pending steps commit together: a failure in any of them leaves the journal exactly at `from`,
  // matching the backup taken before migrating.
  db.transaction(() => {
    for (const migration of migrations) {
      if (migration.version <= from) continue;
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }
  })();
  return { from, to: schemaVersion(db) };
}

function assertOrdered(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`Migration ${migration.name} has version ${migration.version}, expected ${index + 1}`);
    }
  });
}
