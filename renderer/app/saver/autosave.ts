// Saves one surface's edits in the background: soon after typing pauses (and at least every MAX_WAIT_MS while it
// does not), at once on flush, and again with backoff after a failure. Typing never waits for a save.

export type AutosaveStatus =
  | { state: 'saved' }
  | { state: 'pending' }
  | { state: 'saving' }
  | { state: 'failed'; reason: string; retryInMs: number }
  /** The core refused the edits as they stand (an end before a start): retrying cannot help, the next edit will. */
  | { state: 'refused'; reason: string };

/** A pause this long in typing saves. */
export const DEBOUNCE_MS = 400;
/** Continuous typing still saves this often, so a crash loses well under a second of words. */
export const MAX_WAIT_MS = 700;
export const RETRY_DELAYS_MS: readonly number[] = [1_000, 2_000, 5_000, 10_000, 30_000];

export interface AutosaveOptions<P extends object> {
  save(patch: Partial<P>): Promise<void>;
  onStatus(status: AutosaveStatus): void;
  /** Turns a failure into the words shown after "Not saved —". */
  describe(error: unknown): string;
  /** Called on the first failure of a run of failures, so a person is told once, not on every retry. */
  onFirstFailure?(error: unknown): void;
  /** True for an error that says the edits themselves are wrong; those wait for the next edit instead of a retry. */
  isRefusal?(error: unknown): boolean;
}

export interface Autosaver<P extends object> {
  edit(patch: Partial<P>): void;
  /** Resolves true once every edit made so far is saved, false if the store refused or could not be reached. */
  flush(): Promise<boolean>;
  /**
   * The page is going away: sends the unsaved edits at once, without queueing behind a save still in flight, whose
   * answer a closing page may never see (the newest words would wait for it and be lost).
   */
  flushUrgently(): Promise<boolean>;
  hasUnsaved(): boolean;
  /** The edits not yet confirmed saved (including any in flight), field by field. */
  unsaved(): Partial<P>;
  /** Stops the timers; call after a final flush. */
  dispose(): void;
  /** Drops unsaved edits (the entry was deleted) and stops the timers. */
  discard(): void;
}

export function createAutosaver<P extends object>(options: AutosaveOptions<P>): Autosaver<P> {
  let pending: Partial<P> = {};
  // Revisions, not flags: an edit made while a save is in flight must not be marked saved by that save.
  let edited = 0;
  let saved = 0;
  let failures = 0;
  // The revision the core last refused: sending it again unchanged would be refused again, so only an edit retries.
  let refused = -1;
  let debounce: ReturnType<typeof setTimeout> | undefined;
  let maxWait: ReturnType<typeof setTimeout> | undefined;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let chain: Promise<unknown> = Promise.resolve();

  function clearTimers() {
    clearTimeout(debounce);
    clearTimeout(maxWait);
    clearTimeout(retry);
    debounce = maxWait = retry = undefined;
  }

  async function attempt(): Promise<boolean> {
    if (edited === saved) return true;
    if (edited === refused) return false;
    const target = edited;
    const snapshot = { ...pending };
    options.onStatus({ state: 'saving' });
    try {
      await options.save(snapshot);
      saved = Math.max(saved, target);
      if (edited === target) pending = {};
      failures = 0;
      options.onStatus(edited === saved ? { state: 'saved' } : { state: 'pending' });
      return edited === saved;
    } catch (error) {
      if (options.isRefusal?.(error)) {
        failures = 0;
        if (edited === target) refused = target;
        options.onStatus({ state: 'refused', reason: options.describe(error) });
        return false;
      }
      failures += 1;
      if (failures === 1) options.onFirstFailure?.(error);
      const retryInMs = RETRY_DELAYS_MS[Math.min(failures, RETRY_DELAYS_MS.length) - 1] ?? 30_000;
      clearTimeout(retry);
      retry = setTimeout(() => void flush(), retryInMs);
      options.onStatus({ state: 'failed', reason: options.describe(error), retryInMs });
      return false;
    }
  }

  function flush(): Promise<boolean> {
    clearTimeout(debounce);
    clearTimeout(maxWait);
    debounce = maxWait = undefined;
    const run = chain.then(attempt);
    chain = run.catch(() => undefined);
    return run;
  }

  function flushUrgently(): Promise<boolean> {
    clearTimeout(debounce);
    clearTimeout(maxWait);
    debounce = maxWait = undefined;
    return attempt();
  }

  return {
    edit(patch) {
      pending = { ...pending, ...patch };
      edited += 1;
      if (failures === 0) options.onStatus({ state: 'pending' });
      clearTimeout(debounce);
      debounce = setTimeout(() => void flush(), DEBOUNCE_MS);
      maxWait ??= setTimeout(() => void flush(), MAX_WAIT_MS);
    },
    flush,
    flushUrgently,
    hasUnsaved: () => edited !== saved,
    unsaved: () => (edited === saved ? {} : { ...pending }),
    dispose: clearTimers,
    discard() {
      clearTimers();
      pending = {};
      saved = edited;
    },
  };
}
