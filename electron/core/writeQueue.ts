// Runs writes one after another: a write that yields between its steps (an import) keeps the next one waiting for its commit.
export interface WriteQueue {
  run<T>(write: () => Promise<T>): Promise<T>;
  /** Resolves once every write queued so far has finished, however it ended. */
  idle(): Promise<void>;
}

export function createWriteQueue(): WriteQueue {
  let last: Promise<unknown> = Promise.resolve();
  return {
    run(write) {
      const next = last.then(write);
      last = next.catch(() => {});
      return next;
    },
    idle: () => last.then(() => {}),
  };
}
