// In the desktop app, exports are saved through native dialogs (main process); elsewhere this reports it cannot.
import type { SaveExportRequest, SavedExport } from '../../../shared/desktopExport';
import type { Envelope } from '../../../shared/errors';

export function canSaveNatively(): boolean {
  return typeof window.cairn?.saveExport === 'function';
}

/** The saved path, or null when the person cancelled the dialog. */
export async function saveNatively(request: SaveExportRequest): Promise<string | null> {
  const save = window.cairn?.saveExport;
  if (!save) throw new Error('Saving through a dialog needs the desktop app.');
  const envelope = (await save(request)) as Envelope<SavedExport>;
  if (!envelope.ok) throw new Error(envelope.error.message);
  return envelope.value.path;
}
