// Reflections ↔ sync records: what a local write changed compared with the merge state, and a merged record written back.
import { randomUUID } from 'node:crypto';
import type { Reflection } from '../../../shared/domain/reflection';
import { deleteRecord, setFields, setLinks, writeText, type Replica } from '../../../shared/domain/sync/replica';
import { recordKey, type SyncChange } from '../../../shared/domain/sync/records';
import { resolveRecord, type ResolvedRecord } from '../../../shared/domain/sync/resolve';
import { AppError } from '../../../shared/errors';
import type { Repos } from '../repos/index';
import { reflectionTagsLink, replaceLinks } from '../repos/links';
import type { Db } from '../store/open';

/** The structured fields sync carries for a reflection; the text goes as versions, the tags as a set. */
const FIELDS = ['entryDate', 'promptId', 'energy', 'engagement', 'createdAt'] as const;
const TAGS = 'tags';

function readReflection(repos: Repos, id: string): Reflection | null {
  try {
    return repos.reflections.get(id);
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') return null;
    throw error;
  }
}

/**
 * The change records for what the journal now holds for `id` and the merge state does not: a delete when the row is
 * gone, and everything again (so it wins over the delete) when a deleted reflection is back from Recently deleted.
 */
export function localReflectionChanges(repos: Repos, replica: Replica, id: string, now: number): SyncChange[] {
  const record = replica.state.get(recordKey({ kind: 'reflection', id }));
  const known = record ? resolveRecord(record) : null;
  const row = readReflection(repos, id);
  if (!row) return known && !known.deleted ? [deleteRecord(replica, 'reflection', id, now)] : [];
  const revived = known?.deleted ?? false;
  const changes: SyncChange[] = [];
  const fields = Object.fromEntries(FIELDS.filter((field) => revived || known?.fields[field] !== row[field]).map((field) => [field, row[field]]));
  if (Object.keys(fields).length > 0) changes.push(setFields(replica, 'reflection', id, fields, now));
  const before = new Set(known?.links[TAGS] ?? []);
  const after = new Set(row.tags);
  const links = [
    ...[...after].filter((tag) => revived || !before.has(tag)).map((member) => ({ set: TAGS, member, present: true })),
    ...[...before].filter((tag) => !after.has(tag)).map((member) => ({ set: TAGS, member, present: false })),
  ];
  if (links.length > 0) changes.push(setLinks(replica, 'reflection', id, links, now));
  if (!known?.text || known.text.title !== row.title || known.text.body !== row.body) {
    changes.push(writeText(replica, 'reflection', id, { versionId: randomUUID(), title: row.title, body: row.body }, now));
  }
  return changes;
}

export interface AppliedReflection {
  readonly id: string;
  /** Versions edited on two computers that could not be merged, newly kept in the entry's history. */
  readonly conflicts: readonly string[];
}

/** Writes one merged reflection into the journal (inside the caller's transaction); null when it cannot exist yet. */
export function writeResolvedReflection(db: Db, repos: Repos, resolved: ResolvedRecord, keptConflicts: ReadonlySet<string>, now: Date): AppliedReflection | null {
  const { id } = resolved;
  const row = readReflection(repos, id);
  if (resolved.deleted) {
    if (row) repos.trash.moveToTrash('reflection', id);
    return row ? { id, conflicts: [] } : null;
  }
  const entryDate = resolved.fields.entryDate;
  if (typeof entryDate !== 'string' || !resolved.text) return null;
  let current = row;
  if (!current && db.prepare("SELECT 1 FROM trash WHERE kind = 'reflection' AND id = ?").get(id)) {
    repos.trash.restore('reflection', id);
    current = readReflection(repos, id);
  }
  const at = now.toISOString();
  const values = {
    id,
    entryDate,
    title: resolved.text.title,
    body: resolved.text.body,
    promptId: nullableString(resolved.fields.promptId),
    energy: nullableNumber(resolved.fields.energy),
    engagement: nullableNumber(resolved.fields.engagement),
    createdAt: typeof resolved.fields.createdAt === 'string' ? resolved.fields.createdAt : at,
    now: at,
  };
  // A prompt or experiment this journal does not have is not linked, rather than refused.
  if (values.promptId && !db.prepare('SELECT 1 FROM prompts WHERE id = ?').get(values.promptId)) values.promptId = null;
  if (current) {
    db.prepare(
      `UPDATE reflections SET entry_date = @entryDate, title = @title, body = @body, prompt_id = @promptId, energy = @energy,
         engagement = @engagement, created_at = @createdAt, updated_at = @now WHERE id = @id`,
    ).run(values);
    // Each text from another computer is a version of its own (a session of its own), never folded into a local one.
    if (current.title !== values.title || current.body !== values.body) repos.history.record(id, current, values, randomUUID(), now);
  } else {
    db.prepare(
      `INSERT INTO reflections (id, entry_date, title, body, prompt_id, energy, engagement, created_at, updated_at)
       VALUES (@id, @entryDate, @title, @body, @promptId, @energy, @engagement, @createdAt, @now)`,
    ).run(values);
  }
  // Tags no reflection uses any more are dropped once per run by the caller: doing it here made each record scan them all.
  replaceLinks(db, reflectionTagsLink, id, repos.tags.idsFor(resolved.links[TAGS] ?? []));
  const conflicts: string[] = [];
  for (const version of resolved.text.conflicts) {
    if (keptConflicts.has(version.versionId)) continue;
    // Kept in the entry's history just before the text that stayed, so it can be compared and restored.
    const shown = { ...values, updatedAt: at };
    repos.history.record(id, shown, version, randomUUID(), now);
    repos.history.record(id, { ...version, updatedAt: at }, values, randomUUID(), now);
    conflicts.push(version.versionId);
  }
  return { id, conflicts };
}

function nullableString(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function nullableNumber(value: unknown): number | null {
  return typeof value === 'number' ? value : null;
}
