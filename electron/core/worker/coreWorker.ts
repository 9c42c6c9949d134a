// The core's worker thread: opens the journal, answers numbered requests through dispatch, forwards the core's events;
// started with an integrity job instead, it is the thread that checks the journal file in the background.
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../../shared/errors';
import { openCore, type Core } from '../core';
import { answerIntegrityCheck, checkInThread } from './integrityThread';
import { coreWorkerOptionsSchema, integrityWorkerDataSchema, toWorkerSchema, type FromWorker } from './messages';

function post(message: FromWorker): void {
  parentPort?.postMessage(message);
}

function start(): void {
  const port = parentPort;
  if (!port) throw new Error('The core worker must run in a worker thread.');
  const options = coreWorkerOptionsSchema.parse(workerData);
  let core: Core;
  try {
    // The same script, started again, is the thread that runs the journal's full integrity check after each open.
    core = openCore({ ...options, integrityCheck: checkInThread(__filename), onUnexpectedError: (error) => console.error('Unexpected error:', error) });
  } catch (error) {
    const appError = error instanceof AppError ? error : new AppError('INTERNAL', error instanceof Error ? error.message : String(error));
    post({ type: 'failed', error: appError.toShape() });
    port.close();
    return;
  }
  core.onChange((change) => post({ type: 'event', name: 'core:changed', payload: change }));
  core.onProgress((progress) => post({ type: 'event', name: 'core:progress', payload: progress }));
  port.on('message', (raw: unknown) => {
    const message = toWorkerSchema.safeParse(raw);
    if (!message.success) return;
    if (message.data.type === 'close') {
      void core.closeWhenIdle().finally(() => {
        post({ type: 'closed' });
        port.close();
      });
      return;
    }
    const { id, operation, payload } = message.data;
    void core.dispatch(operation, payload).then((envelope) => post({ type: 'reply', id, envelope }));
  });
  post({ type: 'ready' });
}

const integrityJob = integrityWorkerDataSchema.safeParse(workerData);
if (integrityJob.success) answerIntegrityCheck(integrityJob.data);
else start();
