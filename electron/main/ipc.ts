// Wires the contract onto one IPC channel (check the sender frame, then let dispatch validate and run), and the shell's
// own requests (native dialogs) onto theirs, behind the same check.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { z } from 'zod';
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

/** What a shell request says when it is refused or fails, in the words of what it does. */
export interface ShellRequestWords {
  forbidden: string;
  /** Given the first thing the schema found wrong. */
  invalid(problem: string): string;
  /** Given the reason the work threw. */
  failed(reason: string): string;
}

/** A request only the desktop shell answers (a native dialog): the app's own window, a validated payload, an envelope. */
export function handleShellRequest<Request, Answer>(
  ipcMain: Pick<IpcMain, 'handle'>,
  channel: string,
  schema: z.ZodType<Request>,
  words: ShellRequestWords,
  run: (event: IpcMainInvokeEvent, request: Request) => Promise<Answer>,
): void {
  ipcMain.handle(channel, async (event, payload: unknown): Promise<Envelope<Answer>> => {
    if (!isTrustedSender(event)) return { ok: false, error: { code: 'FORBIDDEN', message: words.forbidden } };
    const parsed = schema.safeParse(payload);
    if (!parsed.success) return { ok: false, error: { code: 'VALIDATION', message: words.invalid(parsed.error.issues[0]?.message ?? 'unknown') } };
    try {
      return { ok: true, value: await run(event, parsed.data) };
    } catch (error) {
      return { ok: false, error: { code: 'INTERNAL', message: words.failed(error instanceof Error ? error.message : String(error)) } };
    }
  });
}
