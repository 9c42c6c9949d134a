// Saves the latest of many rapid changes once they settle, so a drag never waits on (or floods) the store.

export interface Timers {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const browserTimers: Timers = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface DebouncedSaver<T> {
  /** Remember the latest value; it is saved once no newer one arrives for the delay. */
  schedule(value: T): void;
  /** Save a pending value now (e.g. when leaving the view). */
  flush(): Promise<void>;
  pending(): boolean;
}

export function createDebouncedSaver<T>(save: (value: T) => Promise<void>, delayMs: number, timers: Timers = browserTimers): DebouncedSaver<T> {
  let latest: { value: T } | null = null;
  let handle: unknown = null;

  function run(): Promise<void> {
    if (handle !== null) timers.clear(handle);
    handle = null;
    const waiting = latest;
    latest = null;
    return waiting ? save(waiting.value) : Promise.resolve();
  }

  return {
    schedule(value) {
      latest = { value };
      if (handle !== null) timers.clear(handle);
      handle = timers.set(() => void run(), delayMs);
    },
    flush: run,
    pending: () => latest !== null,
  };
}
