// Preview and import over one journal: the same reading and selection for both, so "Import N entries" imports N.
import type { ImportBatch } from '../../../shared/domain/interchange/importBatch';
import type { ImportPreviewResult, ImportRequest, ImportResult } from '../../../shared/domain/interchange/importRequest';
import { MAX_LISTED_DUPLICATES } from '../../../shared/domain/interchange/importRequest';
import { knownFingerprints, previewImport, selectNewEntries, type JournalMatches } from '../../../shared/domain/interchange/previewImport';
import { AppError } from '../../../shared/errors';
import { resolveImportOptions, type ImportOptions } from './importOptions';
import type { Db } from '../store/open';
import { readImport } from './readImport';
import { restoreAttachments } from './cairnArchive';
import { planRestore, restoreCairn } from './restoreCairn';
import { updateEntries } from './updateEntries';
import { writeEntries } from './writeEntries';
import { createEntryLinker, missingLinks } from './entryLinks';
import { nativeSha256Hex } from './nativeSha256';
import type { Job } from '../jobs';

/** The journal's fingerprints and source keys, and the current copy of an entry a source imported before. */
function journalMatches(db: Db): JournalMatches {
  const rows = db.prepare<[], { fingerprint: string; reflection_id: string }>('SELECT fingerprint, reflection_id FROM import_fingerprints').all();
  const owners = new Map(rows.map((row) => [row.fingerprint, row.reflection_id]));
  const current = db.prepare<[string], { title: string; body: string; updated_at: string; tags: string | null }>(
    `SELECT title, body, updated_at,
       (SELECT group_concat(tags.name, char(10)) FROM reflection_tags JOIN tags ON tags.id = reflection_tags.tag_id
         WHERE reflection_tags.reflection_id = reflections.id) AS tags
     FROM reflections WHERE id = ?`,
  );
  return {
    reflectionIdOf: (key) => owners.get(key),
    current(reflectionId) {
      const row = current.get(reflectionId);
      return row && { title: row.title, body: row.body, updatedAt: row.updated_at, tags: row.tags === null ? [] : row.tags.split('\n') };
    },
  };
}

/** Whether any entry names values, experiments or a prompt (Cairn's Markdown notes do; other sources never). */
function namesLinks(batch: ImportBatch): boolean {
  return batch.entries.some((entry) => entry.values !== undefined || entry.experiments !== undefined || entry.prompt !== undefined);
}

function replaceStrategyOf(request: ImportRequest): boolean {
  return request.source === 'cairn-json' && request.replaceStrategy === true;
}

function whatOf(request: ImportRequest): string {
  return request.source === 'markdown' ? 'The chosen folder' : `"${request.file.name}"`;
}

export function previewImportRequest(db: Db, request: ImportRequest, options?: ImportOptions): ImportPreviewResult {
  const { batch, document } = readImport(request, options);
  if (document === null) {
    const preview = previewImport(batch, journalMatches(db), nativeSha256Hex);
    const links = missingLinks(db, namesLinks(batch) ? selectNewEntries(batch, journalMatches(db), nativeSha256Hex).fresh.map(({ entry }) => entry) : []);
    return {
      ...preview,
      unlinked: links.unlinked,
      newValues: links.newValues,
      duplicates: preview.duplicates.slice(0, MAX_LISTED_DUPLICATES),
      updated: preview.updated.slice(0, MAX_LISTED_DUPLICATES),
      kept: preview.kept.slice(0, MAX_LISTED_DUPLICATES),
      restores: null,
    };
  }
  // A Cairn export is matched by id, not by content: two empty entries on one day are still two entries.
  const plan = planRestore(db, document, whatOf(request), replaceStrategyOf(request));
  const fresh = new Set(plan.newReflections.map((reflection) => reflection.id));
  const duplicates = document.reflections.filter((reflection) => !fresh.has(reflection.id));
  return {
    ...previewImport(batch, knownFingerprints(new Set()), nativeSha256Hex),
    newValues: 0,
    unlinked: [],
    newEntries: fresh.size,
    duplicateEntries: duplicates.length,
    duplicates: duplicates.slice(0, MAX_LISTED_DUPLICATES).map(({ entryDate, title }) => ({ entryDate, title, inFile: false })),
    restores: {
      values: plan.newValues.length,
      experiments: plan.newExperiments.length,
      strategyVersions: plan.newVersions.length,
      prompts: plan.newPrompts.length,
      strategy: plan.strategy,
      alreadyImported: plan.alreadyImported.length,
    },
  };
}

/** A constraint the file breaks (an id the journal uses for something else) is the file's problem, said plainly. */
function explainConstraint(error: unknown, what: string): unknown {
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_CONSTRAINT')) return error;
  const reason = code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE' ? 'it reuses an id the journal already has for something else' : 'part of it breaks the journal’s rules';
  return new AppError('VALIDATION', `${what} could not be imported: ${reason}. Nothing was imported.`);
}

/** Entries written between two looks at the clock: small enough that a slice stays near SLICE_MS. */
const WRITE_CHUNK = 100;

/**
 * One transaction: every entry is written, or (on any failure) none is. The file is read and compared first, when a
 * cancel still changes nothing; the entries are then written in slices, between which the core answers other reads
 * (writes wait in its queue, so none lands inside this transaction).
 */
export async function runImportRequest(db: Db, request: ImportRequest, job: Job, options?: ImportOptions): Promise<ImportResult> {
  job.report('reading', 0, null, true);
  const { batch, document, attachments } = readImport(request, options);
  await job.lastChance();
  try {
    if (document !== null) {
      job.report('writing', 0, document.reflections.length, false);
      return db.transaction((): ImportResult => {
        const plan = planRestore(db, document, whatOf(request), replaceStrategyOf(request));
        const imported = restoreCairn(db, document, plan);
        restoreAttachments(db, attachments);
        return { imported, updated: 0, skipped: document.reflections.length - imported };
      })();
    }
    job.report('checking', 0, batch.entries.length, true);
    const { fresh, updates, inJournal, repeated, keptHere } = selectNewEntries(batch, journalMatches(db), nativeSha256Hex);
    await job.lastChance();
    const now = resolveImportOptions(options).now;
    const total = fresh.length + updates.length;
    job.report('writing', 0, total, false);
    return await inTransaction(db, async () => {
      const linker = createEntryLinker(db, () => now);
      for (let start = 0; start < fresh.length; start += WRITE_CHUNK) {
        writeEntries(db, fresh.slice(start, start + WRITE_CHUNK), linker);
        job.report('writing', Math.min(start + WRITE_CHUNK, fresh.length), total, false);
        await job.breathe();
      }
      const updated = updateEntries(db, updates, () => now);
      job.report('writing', total, total, false);
      return { imported: fresh.length, updated, skipped: inJournal.length + repeated.length + keptHere.length };
    });
  } catch (error) {
    throw explainConstraint(error, whatOf(request));
  }
}

/** A transaction that may yield between its steps; better-sqlite3's own cannot hold across an await. */
async function inTransaction<T>(db: Db, work: () => Promise<T>): Promise<T> {
  db.exec('BEGIN IMMEDIATE');
  try {
    const result = await work();
    db.exec('COMMIT');
    return result;
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw error;
  }
}
