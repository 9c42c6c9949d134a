// Opens the real core on a data folder and calls it through dispatch, as the shells do, failing loudly on an error.
import { openCore, type Core } from '../../../electron/core/core';
import type { OperationInput, OperationName, OperationOutput } from '../../../shared/contract';

export function openBenchCore(dataDir: string): Core {
  return openCore({ dataDir, appVersion: '0.0.0-bench', host: 'browser', housekeeping: false });
}

export async function call<K extends OperationName>(core: Core, operation: K, payload: OperationInput<K>): Promise<OperationOutput<K>> {
  const envelope = await core.dispatch(operation, payload);
  if (!envelope.ok) throw new Error(`${operation} failed: ${envelope.error.code} ${envelope.error.message}`);
  return envelope.value as OperationOutput<K>;
}
