// The import flow for Settings: pick a source and files, preview what would happen, then import in one go.
import { create } from 'zustand';
import type { ImportPreviewResult, ImportResult } from '../../../shared/domain/interchange/importRequest';
import type { Progress } from '../../../shared/progress';
import { ApiError } from '../../app/api';
import { api } from '../../app/client';
import { useErrors } from '../shell/errorStore';
import { buildImportRequest, filesToSend, type ImportSourceChoice, type PickedFile, sizeProblem } from './importFiles';

type Status = 'idle' | 'previewing' | 'previewed' | 'importing' | 'imported';

interface ImportState {
  source: ImportSourceChoice;
  files: PickedFile[];
  status: Status;
  preview: ImportPreviewResult | null;
  result: ImportResult | null;
  /** The preview the finished import carried out, kept to report what it skipped, left out and found wrong. */
  reported: ImportPreviewResult | null;
  /** Why the chosen files cannot be imported (too large, unreadable), in words; null when there is nothing wrong. */
  problem: string | null;
  /** A Cairn export's working strategy replaces the journal's, as the person chose in the preview. */
  replaceStrategy: boolean;
  setReplaceStrategy(replace: boolean): void;
  /** Markdown notes' #tags written in the text become tags too, as the person chose in the preview. */
  inlineTags: boolean;
  setInlineTags(inline: boolean): void;
  chooseSource(source: ImportSourceChoice): void;
  pick(files: PickedFile[]): Promise<void>;
  confirm(): Promise<void>;
  /** Where the running import is (the core's `core:progress` for its job); null before its first event. */
  progress: Progress | null;
  /** Set when the person stopped the import before it wrote anything. */
  cancelled: boolean;
  /** Asks the core to stop the running import; it does only while nothing has been written. */
  cancel(): Promise<void>;
  reset(): void;
}

const cleared = {
  files: [],
  status: 'idle' as const,
  preview: null,
  result: null,
  reported: null,
  problem: null,
  replaceStrategy: false,
  inlineTags: false,
  progress: null,
  cancelled: false,
};
let runningJob: string | null = null;

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export const useImport = create<ImportState>((set, get) => ({
  source: 'day-one',
  ...cleared,
  chooseSource: (source) => set({ source, ...cleared }),
  reset: () => set(cleared),
  setReplaceStrategy: (replaceStrategy) => set({ replaceStrategy }),
  setInlineTags: (inlineTags) => set({ inlineTags }),

  async pick(picked) {
    const { source } = get();
    const files = filesToSend(source, picked);
    if (files.length === 0) {
      set({ ...cleared, problem: 'The chosen folder holds no Markdown notes (.md or .markdown files), so nothing was imported.' });
      return;
    }
    const tooLarge = sizeProblem(files);
    if (tooLarge !== null) {
      set({ ...cleared, problem: tooLarge });
      return;
    }
    set({ ...cleared, files, status: 'previewing' });
    try {
      const preview = await api()['import.preview'](await buildImportRequest(source, files));
      set({ preview, status: 'previewed' });
    } catch (error) {
      set({ ...cleared, problem: messageOf(error) });
    }
  },

  async confirm() {
    const { source, files, replaceStrategy, inlineTags } = get();
    const jobId = crypto.randomUUID();
    runningJob = jobId;
    set({ status: 'importing', progress: null, cancelled: false });
    const stopFollowing = api().on('core:progress', (progress) => {
      if (progress.jobId === jobId) set({ progress });
    });
    try {
      const request = await buildImportRequest(source, files);
      const chosen =
        request.source === 'cairn-json' ? { ...request, replaceStrategy } : request.source === 'markdown' ? { ...request, inlineTags } : request;
      const result = await api()['import.run']({ ...chosen, jobId });
      // Every view refetches when the core reports the import.
      set({ result, reported: get().preview, status: 'imported', preview: null, files: [] });
    } catch (error) {
      const cancelled = error instanceof ApiError && error.code === 'CANCELLED';
      set({ status: 'previewed', cancelled });
      if (!cancelled) useErrors.getState().report('Nothing was imported', error);
    } finally {
      stopFollowing();
      runningJob = null;
      set({ progress: null });
    }
  },

  async cancel() {
    if (runningJob === null) return;
    try {
      await api()['jobs.cancel']({ jobId: runningJob });
    } catch (error) {
      useErrors.getState().report('The import could not be stopped', error);
    }
  },
}));
