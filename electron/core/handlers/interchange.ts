// Handlers for export and import: the whole journal as one document, and file imports with a preview first.
import { buildCairnExport } from '../interchange/cairnExport';
import { previewImportRequest, runImportRequest } from '../interchange/importPlan';
import type { Handlers } from '../handlerTable';
import type { HandlerContext } from './context';
import { reads, type WriteTable } from '../writes';

export function interchangeHandlers({ journal, info, clock, onSettingsChanged }: HandlerContext) {
  return {
    'export.journal': () => ({ document: buildCairnExport(journal.db(), journal.repos(), info().appVersion, clock()) }),
    'import.preview': (request) => previewImportRequest(journal.db(), request, { now: clock() }),
    'import.run': (request) => {
      const result = runImportRequest(journal.db(), request, { now: clock() });
      if (request.source === 'cairn-json') onSettingsChanged();
      return result;
    },
  } satisfies Partial<Handlers>;
}

export const interchangeWrites = {
  'export.journal': reads,
  'import.preview': reads,
  // A Cairn export restores everything; other sources add reflections with their tags. Either way, every view refetches.
  'import.run': { aggregates: ['journal'] },
} satisfies Partial<WriteTable>;
