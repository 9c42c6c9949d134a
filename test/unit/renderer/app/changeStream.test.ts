// Browser mode's change stream: events reach their listeners, and a dropped stream reopens and says everything may
// have changed, since what happened meanwhile is lost.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createChangeStream } from '../../../../renderer/app/changeStream';

/** One answer per call: each a stream that sends these chunks and then ends (the host went away). */
function streamsOf(...answers: string[][]): ReturnType<typeof vi.fn> {
  const queue = [...answers];
  return vi.fn(async () => {
    const chunks = queue.shift();
    // Past the planned answers the host stays down.
    if (!chunks) return new Response(null, { status: 503 });
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const chunk of chunks) controller.enqueue(new TextEncoder().encode(chunk));
        controller.close();
      },
    });
    return new Response(body, { status: 200, headers: { 'content-type': 'text/event-stream' } });
  });
}

afterEach(() => vi.unstubAllGlobals());

describe('createChangeStream', () => {
  it('sends the token header, passes events on, and after a drop reopens and reports a whole-journal change', async () => {
    const fetch = streamsOf(
      [': connected\n\n', 'event: core:changed\ndata: {"aggregates":["values"],"ids":{}}\n\n'],
      [': connected\n\n'],
    );
    vi.stubGlobal('fetch', fetch);
    const received: unknown[] = [];
    createChangeStream(() => ({ 'x-cairn-token': 'secret' })).on('core:changed', (payload) => received.push(payload));
    await vi.waitFor(() => expect(received).toHaveLength(2), { timeout: 3000 });
    expect(received).toEqual([
      { aggregates: ['values'], ids: {} },
      { aggregates: ['journal'], ids: {} },
    ]);
    expect(fetch.mock.calls[0]).toEqual(['/api/events', { method: 'POST', headers: { 'x-cairn-token': 'secret' }, cache: 'no-store' }]);
  });

  it('stops calling a listener that unsubscribed', async () => {
    vi.stubGlobal('fetch', streamsOf([': connected\n\n', 'event: core:changed\ndata: {"aggregates":["values"],"ids":{}}\n\n']));
    const listener = vi.fn();
    const stop = createChangeStream(() => ({})).on('core:changed', listener);
    stop();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(listener).not.toHaveBeenCalled();
  });
});
