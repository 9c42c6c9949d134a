// Preview and import over one journal: the same reading and selection for both, so "Import N entries" imports N.
import type { CairnExport } from '../../../shared/domain/interchange/cairnJson';
import type { ImportBatch } from '../../../shared/domain/interchange/importBatch';
import type { ImportPreviewResult, ImportRequest, ImportResult } from '../../../shared/domain/interchange/importRequest';
import { MAX_LISTED_DUPLICATES } from '../../../shared/domain/interchange/importRequest';
import { previewImport, selectNewEntries } from '../../../shared/domain/interchange/previewImport';
import { AppError } from '../../../shared/errors';
import type { ImportOptions } from './importOptions';
import type { Db } from '../store/open';
import { readImport } from './readImport';
import { planRestore, restoreCairn } from './restoreCairn';
import { writeEntries } from './writeEntries';
import { nativeSha256Hex } from './nativeSha256';

function storedFingerprints(db: Db): Set<string> {
  return new Set(db.prepare<[], { fingerprint: string }>('SELECT fingerprint FROM import_fingerprints').all().map((row) => row.fingerprint));
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
    const preview = previewImport(batch, storedFingerprints(db), nativeSha256Hex);
    return { ...preview, duplicates: preview.duplicates.slice(0, MAX_LISTED_DUPLICATES), restores: null };
  }
  // A Cairn export is matched by id, not by content: two empty entries on one day are still two entries.
  const plan = planRestore(db, document, whatOf(request), replaceStrategyOf(request));
  const fresh = new Set(plan.newReflections.map((reflection) => reflection.id));
  const duplicates = document.reflections.filter((reflection) => !fresh.has(reflection.id));
  return {
    ...previewImport(batch, new Set(), nativeSha256Hex),
    newEntries: fresh.size,
    duplicateEntries: duplicates.length,
    duplicates: duplicates.slice(0, MAX_LISTED_DUPLICATES).map(({ entryDate, title }) => ({ entryDate, title })),
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

/** One transaction: every entry is written, or (on any failure) none is. */
export function runImportRequest(db: Db, request: ImportRequest, options?: ImportOptions): ImportResult {
  const { batch, document } = readImport(request, options);
  try {
    return writeAll(db, batch, document, whatOf(request), replaceStrategyOf(request));
  } catch (error) {
    throw explainConstraint(error, whatOf(request));
  }
}

function writeAll(db: Db, batch: ImportBatch, document: CairnExport | null, what: string, replaceStrategy: boolean): ImportResult {
  return db.transaction((): ImportResult => {
    if (document !== null) {
      const plan = planRestore(db, document, what, replaceStrategy);
      const imported = restoreCairn(db, document, plan);
      return { imported, skipped: document.reflections.length - imported };
    }
    const { fresh, duplicates } = selectNewEntries(batch, storedFingerprints(db), nativeSha256Hex);
    return { imported: writeEntries(db, fresh), skipped: duplicates.length };
  })();
}
