// Test helpers: a throwaway data folder with a core open on it, and a typed way to call operations.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import type { OperationInput, OperationName, OperationOutput } from '../../../../shared/contract';
import type { AppErrorShape } from '../../../../shared/errors';
import { openCore, type Core, type CoreOptions } from '../../../../electron/core/core';

const created: string[] = [];
// Registered once per test file that imports this module (vitest isolates modules per file).
afterAll(() => {
  for (const dir of created.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A fresh folder, removed after the test file's tests have run. */
export function tempDir(prefix = 'cairn-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  created.push(dir);
  return dir;
}

/**
 * A folder in memory-backed storage where the OS has it (Linux's /dev/shm), else a normal temp folder. For tests
 * that kill processes: a killed process's writes survive in the page cache either way, so only speed differs.
 */
export function fastTempDir(prefix = 'cairn-test-'): string {
  const shm = '/dev/shm';
  if (!fs.existsSync(shm)) return tempDir(prefix);
  const dir = fs.mkdtempSync(path.join(shm, prefix));
  created.push(dir);
  return dir;
}

export function startCore(dataDir: string = tempDir(), options: Partial<CoreOptions> = {}): Core {
  return openCore({ dataDir, appVersion: '0.0.0-test', host: 'browser', housekeeping: false, ...options });
}

/** Calls an operation through dispatch (validation included) and returns its value, or throws its error shape. */
export async function call<K extends OperationName>(core: Pick<Core, 'dispatch'>, operation: K, input: OperationInput<K>): Promise<OperationOutput<K>> {
  const envelope = await core.dispatch(operation, input);
  if (!envelope.ok) throw Object.assign(new Error(`${envelope.error.code}: ${envelope.error.message}`), envelope.error);
  return envelope.value as OperationOutput<K>;
}

/** Calls an operation expected to fail and returns its error shape. */
export async function failure(core: Pick<Core, 'dispatch'>, operation: OperationName, input: unknown): Promise<AppErrorShape> {
  const envelope = await core.dispatch(operation, input);
  if (envelope.ok) throw new Error(`${operation} was expected to fail but succeeded`);
  return envelope.error;
}
