// Test helper: which tables a call wrote, seen by temporary triggers on every table of the open database.
import type { Aggregate } from '../../../../../shared/changes';
import type { Db } from '../../../../../electron/core/store/open';

/**
 * Which aggregate each table belongs to. 'derived' is search bookkeeping no view shows (it follows reflections and
 * experiments through triggers). A table missing here fails the audit, so a new migration must say where it belongs.
 */
export const tableAggregates: Record<string, Aggregate | 'derived'> = {
  reflections: 'reflections',
  reflection_versions: 'reflections',
  reflection_tags: 'reflections',
  reflection_values: 'reflections',
  reflection_experiments: 'reflections',
  import_fingerprints: 'reflections',
  tags: 'tags',
  personal_values: 'values',
  strategy: 'strategy',
  strategy_versions: 'versions',
  experiments: 'experiments',
  experiment_values: 'experiments',
  experiment_people: 'experiments',
  experiment_places: 'experiments',
  prompts: 'prompts',
  settings: 'settings',
  trash: 'trash',
  tombstones: 'trash',
  drafts: 'drafts',
  sync_changes: 'sync',
  sync_meta: 'sync',
  sync_devices: 'sync',
  attachments: 'attachments',
  search_docs: 'derived',
  search_words: 'derived',
  search_unlearned: 'derived',
};

export interface WriteAudit {
  /** The tables written since the last take, and forgets them. */
  take(): string[];
}

/** Puts AFTER INSERT/UPDATE/DELETE triggers (TEMP: they live only on this connection) on every ordinary table. */
export function auditWrites(db: Db): WriteAudit {
  db.exec('CREATE TEMP TABLE IF NOT EXISTS audit_writes (name TEXT NOT NULL)');
  const rows = db
    .prepare<[], { name: string; sql: string }>(
      "SELECT name, sql FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
    )
    .all();
  const virtual = rows.filter((row) => /^CREATE VIRTUAL TABLE/i.test(row.sql)).map((row) => row.name);
  // A virtual table's shadow tables are written by the module itself; its triggers cannot be watched, nor need to be.
  const watched = rows.filter((row) => !virtual.some((name) => row.name === name || row.name.startsWith(`${name}_`)));
  for (const { name } of watched) {
    for (const event of ['INSERT', 'UPDATE', 'DELETE']) {
      db.exec(
        `CREATE TEMP TRIGGER IF NOT EXISTS "audit_${name}_${event}" AFTER ${event} ON main."${name}"
         BEGIN INSERT INTO temp.audit_writes (name) VALUES ('${name}'); END`,
      );
    }
  }
  const read = db.prepare<[], { name: string }>('SELECT DISTINCT name FROM temp.audit_writes ORDER BY name');
  const clear = db.prepare('DELETE FROM temp.audit_writes');
  return {
    take() {
      const names = read.all().map((row) => row.name);
      clear.run();
      return names;
    },
  };
}

/** What a call wrote that its declaration does not name; [] when the declaration covers it. */
export function undeclared(tables: readonly string[], declared: readonly Aggregate[]): string[] {
  if (declared.includes('journal')) return [];
  return tables.flatMap((table) => {
    const aggregate = tableAggregates[table];
    if (aggregate === undefined) return [`${table} (a table no aggregate claims)`];
    if (aggregate === 'derived' || declared.includes(aggregate)) return [];
    return [`${table} (${aggregate})`];
  });
}
