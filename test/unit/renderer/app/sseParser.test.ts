// The event-stream reader finds whole events however the text is cut into chunks, and skips comments.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSseParser } from '../../../../renderer/app/sseParser';

const stream = ': connected\n\nevent: core:changed\ndata: {"a":1}\n\n: keep-alive\n\ndata: plain\r\n\r\nevent: core:changed\ndata: line one\ndata: line two\n\n';
const expected = [
  ['core:changed', '{"a":1}'],
  ['message', 'plain'],
  ['core:changed', 'line one\nline two'],
];

function parseInChunks(text: string, cuts: number[]): string[][] {
  const events: string[][] = [];
  const feed = createSseParser((name, data) => events.push([name, data]));
  let start = 0;
  for (const cut of [...new Set(cuts)].sort((a, b) => a - b)) {
    feed(text.slice(start, cut));
    start = cut;
  }
  feed(text.slice(start));
  return events;
}

describe('createSseParser', () => {
  it('reads named and unnamed events, multi-line data and CRLF line ends, and skips comments', () => {
    expect(parseInChunks(stream, [])).toEqual(expected);
  });

  it('gives the same events whatever the chunk boundaries', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: stream.length }), { maxLength: 20 }), (cuts) => {
        expect(parseInChunks(stream, cuts)).toEqual(expected);
      }),
    );
  });

  it('holds back an event until its blank line arrives', () => {
    expect(parseInChunks('event: core:changed\ndata: {}\n', [])).toEqual([]);
  });
});
