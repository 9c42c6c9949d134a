// Runs one request at a time and answers only the newest: a request made while another runs waits, replacing any
// that were waiting, and an answer that a newer request overtook is dropped. Typing never queues stale searches.

export type Outcome<R> = { ok: true; value: R } | { ok: false; error: unknown };

export interface LatestOnly<I> {
  /** Asks for `input`; every earlier request not yet answered is cancelled (dropped before or after it runs). */
  request(input: I): void;
  /** Cancels whatever is running or waiting, so nothing more is answered until the next request. */
  cancel(): void;
}

export function latestOnly<I, R>(run: (input: I) => Promise<R>, answer: (input: I, outcome: Outcome<R>) => void): LatestOnly<I> {
  let running = false;
  let waiting: { input: I } | null = null;
  let generation = 0;

  async function start(input: I): Promise<void> {
    running = true;
    const mine = generation;
    let outcome: Outcome<R>;
    try {
      outcome = { ok: true, value: await run(input) };
    } catch (error) {
      outcome = { ok: false, error };
    }
    running = false;
    const next = waiting;
    waiting = null;
    if (next) void start(next.input);
    else if (mine === generation) answer(input, outcome);
  }

  return {
    request(input) {
      generation += 1;
      if (running) waiting = { input };
      else void start(input);
    },
    cancel() {
      generation += 1;
      waiting = null;
    },
  };
}
