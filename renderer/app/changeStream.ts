// Browser mode's event channel: one long fetch of the host's Server-Sent Events, reopened whenever it drops.
import type { EventName } from '../../shared/contract';
import { EVENTS_PATH } from '../../shared/browserHost';
import { createSseParser } from './sseParser';

const RETRY_MS = [250, 500, 1000, 2000, 5000];

type Listener = (payload: unknown) => void;

/**
 * fetch, unlike EventSource, can send the token header, so the token never travels in a URL. Events missed while the
 * stream was down cannot be replayed: on reconnecting, every view is told the whole journal may have changed.
 */
export function createChangeStream(headers: () => Record<string, string>) {
  const listeners = new Map<string, Set<Listener>>();
  let started = false;

  function emit(name: string, payload: unknown): void {
    listeners.get(name)?.forEach((listener) => listener(payload));
  }

  async function readOnce(onOpen: () => void): Promise<void> {
    // POST, not GET: the browser then sends Origin, without which a launch cookie does not count (requestGuard.ts).
    const response = await fetch(EVENTS_PATH, { method: 'POST', headers: headers(), cache: 'no-store' });
    if (!response.ok || !response.body) throw new Error(`The change stream answered ${response.status}`);
    onOpen();
    const parse = createSseParser((name, data) => {
      try {
        emit(name, JSON.parse(data));
      } catch {
        // A garbled event is dropped; the client validates every payload it passes on anyway.
      }
    });
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      parse(value);
    }
  }

  async function run(): Promise<void> {
    let failures = 0;
    let connectedBefore = false;
    for (;;) {
      try {
        await readOnce(() => {
          if (connectedBefore) emit('core:changed', { aggregates: ['journal'], ids: {} });
          connectedBefore = true;
          failures = 0;
        });
      } catch {
        failures += 1;
      }
      await new Promise((resolve) => setTimeout(resolve, RETRY_MS[Math.min(failures, RETRY_MS.length - 1)]));
    }
  }

  return {
    on(event: EventName, listener: Listener): () => void {
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      if (!started) {
        started = true;
        void run();
      }
      return () => set.delete(listener);
    },
  };
}
