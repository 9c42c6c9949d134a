// Handlers for export and import: the whole journal as one document, file imports with a preview first, and their cancel.
import { buildCairnExport } from '../interchange/cairnExport';
import { previewImportRequest, runImportRequest } from '../interchange/importPlan';
import type { Handlers } from '../handlerTable';
import type { HandlerContext } from './context';
import { reads, type WriteTable } from '../writes';

export function interchangeHandlers({ journal, info, clock, onSettingsChanged, jobs }: HandlerContext) {
  return {
    'export.journal': () => ({ document: buildCairnExport(journal.db(), journal.repos(), info().appVersion, clock()) }),
    'import.preview': (request) => previewImportRequest(journal.db(), request, { now: clock() }),
    'import.run': async (request) => {
      const db = journal.db();
      const result = await jobs.run(request.jobId, (job) => runImportRequest(db, request, job, { now: clock() }));
      if (request.source === 'cairn-json') onSettingsChanged();
      return result;
    },
    'jobs.cancel': ({ jobId }) => ({ cancelled: jobs.cancel(jobId) }),
  } satisfies Partial<Handlers>;
}

export const interchangeWrites = {
  'export.journal': reads,
  'import.preview': reads,
  // A Cairn export restores everything; other sources add reflections with their tags. Either way, every view refetches.
  'import.run': { aggregates: ['journal'] },
  // A read: it runs at once, beside the import it stops, which is what it must not wait for.
  'jobs.cancel': reads,
} satisfies Partial<WriteTable>;
