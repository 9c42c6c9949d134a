// Many-to-many link tables: replace one item's links by changing only what differs, so triggers fire as little as possible.
import type { Db } from '../store/open';

export interface LinkTable {
  table: string;
  ownerColumn: string;
  targetColumn: string;
}

export function replaceLinks(db: Db, link: LinkTable, ownerId: string, targetIds: readonly (string | number)[]): void {
  const wanted = new Set(targetIds);
  const current = db
    .prepare<[string], { target: string | number }>(`SELECT ${link.targetColumn} AS target FROM ${link.table} WHERE ${link.ownerColumn} = ?`)
    .all(ownerId)
    .map((row) => row.target);
  const remove = db.prepare(`DELETE FROM ${link.table} WHERE ${link.ownerColumn} = ? AND ${link.targetColumn} = ?`);
  const add = db.prepare(`INSERT INTO ${link.table} (${link.ownerColumn}, ${link.targetColumn}) VALUES (?, ?)`);
  for (const target of current) if (!wanted.has(target)) remove.run(ownerId, target);
  const existing = new Set(current);
  for (const target of wanted) if (!existing.has(target)) add.run(ownerId, target);
}

/** Parses a json_group_array column (SQLite gives '[]' when there are no rows). */
export function jsonList<T>(json: string | null): T[] {
  return json ? (JSON.parse(json) as T[]) : [];
}

export const reflectionTagsLink: LinkTable = { table: 'reflection_tags', ownerColumn: 'reflection_id', targetColumn: 'tag_id' };
export const reflectionValuesLink: LinkTable = { table: 'reflection_values', ownerColumn: 'reflection_id', targetColumn: 'value_id' };
export const reflectionExperimentsLink: LinkTable = {
  table: 'reflection_experiments',
  ownerColumn: 'reflection_id',
  targetColumn: 'experiment_id',
};
export const experimentValuesLink: LinkTable = { table: 'experiment_values', ownerColumn: 'experiment_id', targetColumn: 'value_id' };
