// The only bridge into the page: one frozen `cairn` object: contract operations, events, a native save, a native
// folder chooser and the flush answer.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { INVOKE_CHANNEL, eventNames, operationNames } from '../../shared/contract';
import { EVENT_CHANNEL, FLUSHED_CHANNEL } from '../../shared/events';
import { SAVE_EXPORT_CHANNEL } from '../../shared/desktopExport';
import { CHOOSE_FOLDER_CHANNEL } from '../../shared/desktopFolder';

const allowedOperations = new Set<string>(operationNames);
const allowedEvents = new Set<string>(eventNames);

export const cairnBridge = Object.freeze({
  invoke(operation: string, payload: unknown): Promise<unknown> {
    if (!allowedOperations.has(operation)) {
      return Promise.resolve({
        ok: false,
        error: { code: 'UNKNOWN_OPERATION', message: `Unknown operation: ${String(operation).slice(0, 80)}` },
      });
    }
    return ipcRenderer.invoke(INVOKE_CHANNEL, operation, payload);
  },
  /** Saves an export through a native dialog; main validates the request and answers only this window. */
  saveExport(request: unknown): Promise<unknown> {
    return ipcRenderer.invoke(SAVE_EXPORT_CHANNEL, request);
  },
  /** Chooses a folder through a native dialog; main validates the request and answers only this window. */
  chooseFolder(request: unknown): Promise<unknown> {
    return ipcRenderer.invoke(CHOOSE_FOLDER_CHANNEL, request);
  },
  /** Answers main's `app:flush` request: every saver has flushed, the window may close. */
  flushed(requestId: unknown): void {
    if (typeof requestId === 'number' && Number.isInteger(requestId)) ipcRenderer.send(FLUSHED_CHANNEL, requestId);
  },
  on(event: string, listener: (payload: unknown) => void): () => void {
    if (!allowedEvents.has(event)) throw new Error(`Unknown event: ${String(event).slice(0, 80)}`);
    const wrapped = (_event: IpcRendererEvent, name: unknown, payload: unknown) => {
      if (name === event) listener(payload);
    };
    ipcRenderer.on(EVENT_CHANNEL, wrapped);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, wrapped);
    };
  },
});

contextBridge.exposeInMainWorld('cairn', cairnBridge);
