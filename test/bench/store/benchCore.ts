// Opens the real core on a data folder and calls it through dispatch, as the shells do, failing loudly on an error.
import path from 'node:path';
import { openCore, type Core } from '../../../electron/core/core';
import { checkInThread } from '../../../electron/core/worker/integrityThread';
import type { OperationInput, OperationName, OperationOutput } from '../../../shared/contract';

/** The bundled core worker the bench build wrote: its integrity thread is the one the app runs after each open. */
const coreWorker = path.join(process.env.CAIRN_ROOT ?? process.cwd(), 'dist/host/core-worker.cjs');

export function openBenchCore(dataDir: string): Core {
  return openCore({ dataDir, appVersion: '0.0.0-bench', host: 'browser', housekeeping: false, integrityCheck: checkInThread(coreWorker) });
}

export async function call<K extends OperationName>(core: Core, operation: K, payload: OperationInput<K>): Promise<OperationOutput<K>> {
  const envelope = await core.dispatch(operation, payload);
  if (!envelope.ok) throw new Error(`${operation} failed: ${envelope.error.code} ${envelope.error.message}`);
  return envelope.value as OperationOutput<K>;
}
