// Timing and memory helpers for the Node side: a millisecond clock and a forced GC (node --expose-gc).
import { performance } from 'node:perf_hooks';

export async function timeAsync(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

export function timeSync(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/** Collects garbage twice (weak references and finalizers need a second pass) and returns the heap in use. */
export function heapAfterGc(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('Run the bench with node --expose-gc (npm run bench does).');
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

export const MIB = 2 ** 20;
