// Wires the contract onto one IPC channel: check the sender frame, then let dispatch validate and run.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { INVOKE_CHANNEL } from '../../shared/contract';
import type { Envelope } from '../../shared/errors';
import type { Dispatch } from '../core/dispatch';
import { isAppUrl } from './security';

const forbidden: Envelope<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: 'Only Cairn’s own window may call the journal.' },
};

export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isAppUrl(frame.url);
}

export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, dispatch: Dispatch): void {
  ipcMain.handle(INVOKE_CHANNEL, (event, operation: unknown, payload: unknown) => {
    if (!isTrustedSender(event)) return forbidden;
    return dispatch(operation, payload);
  });
}
