// Export actions for Settings: fetch the whole journal once per export and hand it over as JSON, a Markdown zip or a brief.
import { create } from 'zustand';
import type { CairnExport } from '../../../shared/domain/interchange/cairnJson';
import { api } from '../../app/client';
import { useErrors } from '../shell/errorStore';
import { markdownExport } from '../../../shared/domain/interchange/markdownExport';
import { attachmentFiles, cairnExportZip, cairnJsonText, exportBaseName, markdownZip, type AttachmentBytes } from './exportFiles';
import { base64ToBytes } from './importFiles';
import { saveFile } from '../../ui/saveFile';

type ExportKind = 'json' | 'markdown' | 'brief';

interface ExportState {
  busy: ExportKind | null;
  done: string | null;
  /** The document behind the open strategy brief, or null while it is closed. */
  brief: CairnExport | null;
  exportJson(): Promise<void>;
  exportMarkdown(): Promise<void>;
  openBrief(): Promise<void>;
  closeBrief(): void;
}

async function fetchDocument(): Promise<CairnExport> {
  return (await api()['export.journal']({})).document;
}

/** Every attachment's bytes, one request each, so no single answer carries the whole journal's files. */
async function fetchAttachments(document: CairnExport): Promise<AttachmentBytes> {
  const bytes = new Map<string, Uint8Array<ArrayBuffer>>();
  for (const { sha256 } of document.attachments) bytes.set(sha256, base64ToBytes((await api()['attachments.get']({ sha256 })).base64));
  return bytes;
}

export const useExport = create<ExportState>((set) => {
  async function run(kind: ExportKind, failure: string, work: () => Promise<string | null>) {
    set({ busy: kind, done: null });
    try {
      set({ done: await work() });
    } catch (error) {
      useErrors.getState().report(failure, error);
    } finally {
      set({ busy: null });
    }
  }

  return {
    busy: null,
    done: null,
    brief: null,
    exportJson: () =>
      run('json', 'The JSON export was not made', async () => {
        const document = await fetchDocument();
        const saveNatively = api().saveNatively;
        if (document.attachments.length > 0) {
          const zip = cairnExportZip(document, await fetchAttachments(document));
          let name = `${exportBaseName(document.exportedAt)}.zip`;
          if (saveNatively) {
            const saved = await saveNatively({ kind: 'zip', fileName: name, bytes: zip });
            if (saved === null) return null;
            name = saved;
          } else {
            saveFile(zip, name, 'application/zip');
          }
          const files = document.attachments.length === 1 ? '1 photo or file' : `${document.attachments.length} photos and files`;
          return `Saved ${document.reflections.length === 1 ? '1 reflection' : `${document.reflections.length} reflections`}, ${files} and everything else as ${name}.`;
        }
        let name = `${exportBaseName(document.exportedAt)}.json`;
        if (saveNatively) {
          const saved = await saveNatively({ kind: 'file', fileName: name, text: cairnJsonText(document) });
          if (saved === null) return null;
          name = saved;
        } else {
          saveFile(cairnJsonText(document), name, 'application/json');
        }
        return `Saved ${document.reflections.length === 1 ? '1 reflection' : `${document.reflections.length} reflections`} and everything else as ${name}.`;
      }),
    exportMarkdown: () =>
      run('markdown', 'The Markdown export was not made', async () => {
        const document = await fetchDocument();
        const bytes = await fetchAttachments(document);
        let name = `${exportBaseName(document.exportedAt)}-markdown.zip`;
        const saveNatively = api().saveNatively;
        if (saveNatively) {
          const files = [...markdownExport(document), ...attachmentFiles(document, bytes)];
          const saved = await saveNatively({ kind: 'folder', folderName: exportBaseName(document.exportedAt), files });
          if (saved === null) return null;
          name = saved;
        } else {
          saveFile(markdownZip(document, bytes), name, 'application/zip');
        }
        const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
        return `Saved ${count(document.reflections.length, 'reflection', 'reflections')}, ${count(document.experiments.length, 'experiment', 'experiments')} and strategy.md as ${name}.`;
      }),
    openBrief: () =>
      run('brief', 'The strategy brief could not be prepared', async () => {
        set({ brief: await fetchDocument() });
        return null;
      }),
    closeBrief: () => set({ brief: null }),
  };
});
