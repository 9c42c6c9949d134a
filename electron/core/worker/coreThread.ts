// The shell's side of the core's worker thread: numbered requests, events, a slow-operation log, restart after a crash.
import { Worker } from 'node:worker_threads';
import { isOperationName } from '../../../shared/contract';
import { payloadShapeProblem } from '../../../shared/domain/payloadShape';
import { AppError, type Envelope } from '../../../shared/errors';
import { eventContract, type EventName, type EventPayload } from '../../../shared/events';
import type { Dispatch } from '../dispatch';
import { fromWorkerSchema, type CoreWorkerOptions, type ToWorker } from './messages';

/** An answer slower than this is logged with the operation's name (never its payload, which is private). */
export const SLOW_OPERATION_MS = 500;
/** How long a closing core may take to finish its writes and checkpoint before it is stopped. */
const CLOSE_TIMEOUT_MS = 30_000;
/** More crashes than this within RESTART_WINDOW_MS and the core stays down: something is wrong at every start. */
const MAX_RESTARTS = 3;
const RESTART_WINDOW_MS = 60_000;

export type CoreEvent = { [K in EventName]: { name: K; payload: EventPayload<K> } }[EventName];

export interface CoreThreadOptions extends CoreWorkerOptions {
  /** The bundled worker script (core-worker.cjs beside the shell's own bundle). */
  entry: string;
  log?: (line: string) => void;
}

export interface CoreThread {
  /** The same contract as the core's own dispatch: validated in the worker, answered with an envelope. */
  dispatch: Dispatch;
  /** The core's events (its changes), a restart after a crash, and progress; returns how to stop listening. */
  onEvent(listener: (event: CoreEvent) => void): () => void;
  /** The worker answering now: for diagnostics, and for the tests that stop it as a crash would. */
  readonly worker: Worker;
  /** Lets the writes under way finish, checkpoints and closes the journal, and ends the thread. */
  close(): Promise<void>;
}

interface Pending {
  operation: unknown;
  startedAt: number;
  resolve(envelope: Envelope<unknown>): void;
}

const failure = (error: AppError): Envelope<never> => ({ ok: false, error: error.toShape() });

export const CRASH_MESSAGE =
  'Cairn’s journal service stopped unexpectedly and was restarted. Everything it had confirmed as saved is kept; anything unconfirmed is being saved again.';

/** Starts the worker and resolves once the journal is open (or locked, or damaged): what `openCore` does, off this thread. */
export async function startCoreThread(options: CoreThreadOptions): Promise<CoreThread> {
  const log = options.log ?? ((line: string) => console.error(line));
  const workerData: CoreWorkerOptions = { dataDir: options.dataDir, appVersion: options.appVersion, host: options.host };
  const listeners = new Set<(event: CoreEvent) => void>();
  const pending = new Map<number, Pending>();
  const crashes: number[] = [];
  let nextId = 0;
  let closing = false;
  let worker!: Worker;

  const emit = (event: CoreEvent) => listeners.forEach((listener) => listener(event));

  function settle(id: number, envelope: Envelope<unknown>): void {
    const request = pending.get(id);
    if (!request) return;
    pending.delete(id);
    const ms = performance.now() - request.startedAt;
    if (ms >= SLOW_OPERATION_MS && isOperationName(request.operation)) log(`Slow operation: ${request.operation} took ${Math.round(ms)} ms.`);
    request.resolve(envelope);
  }

  function failPending(error: AppError): void {
    for (const id of [...pending.keys()]) settle(id, failure(error));
  }

  function spawn(): Promise<void> {
    const current = new Worker(options.entry, { workerData });
    worker = current;
    return new Promise((resolve, reject) => {
      let opened = false;
      current.on('message', (raw: unknown) => {
        const message = fromWorkerSchema.safeParse(raw);
        if (!message.success) return log('The journal service sent a message Cairn could not read; it was ignored.');
        const data = message.data;
        if (data.type === 'ready') {
          opened = true;
          resolve();
        } else if (data.type === 'failed') {
          reject(new AppError(data.error.code, data.error.message));
        } else if (data.type === 'reply') {
          settle(data.id, data.envelope as Envelope<unknown>);
        } else if (data.type === 'event') {
          const payload = eventContract[data.name].safeParse(data.payload);
          if (payload.success) emit({ name: data.name, payload: payload.data } as CoreEvent);
        }
      });
      current.on('error', (error) => log(`The journal service failed: ${error.message}`));
      current.on('exit', (code) => {
        if (!opened) reject(new AppError('INTERNAL', `Cairn’s journal service stopped while opening the journal (exit code ${code}).`));
        if (current !== worker || closing || !opened) return;
        crashed(code);
      });
    });
  }

  let ready = spawn();

  /** A crash loses only what the journal never confirmed: those requests are told so, and a fresh worker reopens the journal. */
  function crashed(code: number): void {
    log(`The journal service stopped unexpectedly (exit code ${code}).`);
    failPending(new AppError('INTERNAL', CRASH_MESSAGE));
    const now = Date.now();
    crashes.push(now);
    while (crashes.length > 0 && now - crashes[0]! > RESTART_WINDOW_MS) crashes.shift();
    if (crashes.length > MAX_RESTARTS) {
      ready = Promise.reject(new AppError('INTERNAL', 'Cairn’s journal service keeps stopping, so it was not restarted. Quit Cairn and open it again.'));
      ready.catch(() => {});
      return;
    }
    ready = spawn();
    ready.then(
      () => {
        emit({ name: 'core:restarted', payload: { message: CRASH_MESSAGE } });
        // Whatever the views showed may be older than the journal now: every one refetches (an encrypted journal is locked again).
        emit({ name: 'core:changed', payload: { aggregates: ['journal'], ids: {} } });
      },
      (error: unknown) => log(`The journal service could not be restarted: ${error instanceof Error ? error.message : String(error)}`),
    );
  }

  function send(message: ToWorker): void {
    worker.postMessage(message);
  }

  const dispatch: Dispatch = async (operation, payload) => {
    try {
      await ready;
    } catch (error) {
      return failure(error instanceof AppError ? error : new AppError('INTERNAL', String(error)));
    }
    if (closing) return failure(new AppError('INTERNAL', 'Cairn is closing the journal.'));
    // Checked here too, before the payload is copied to the worker: a hostile nesting must not overflow the copy.
    const shapeProblem = payloadShapeProblem(payload);
    if (shapeProblem !== null) return failure(new AppError('VALIDATION', `Invalid request (${shapeProblem})`));
    nextId += 1;
    const id = nextId;
    return new Promise<Envelope<unknown>>((resolve) => {
      pending.set(id, { operation, startedAt: performance.now(), resolve });
      try {
        send({ type: 'request', id, operation, payload });
      } catch {
        settle(id, failure(new AppError('VALIDATION', 'Invalid request (it cannot be passed to the journal service).')));
      }
    });
  };

  await ready;
  return {
    dispatch,
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    get worker() {
      return worker;
    },
    async close() {
      if (closing) return;
      try {
        await ready;
      } catch {
        return;
      }
      closing = true;
      const current = worker;
      const exited = new Promise<void>((resolve) => current.once('exit', () => resolve()));
      const timer = setTimeout(() => void current.terminate(), CLOSE_TIMEOUT_MS);
      send({ type: 'close' });
      await exited;
      clearTimeout(timer);
      failPending(new AppError('INTERNAL', 'Cairn closed the journal before answering.'));
    },
  };
}
