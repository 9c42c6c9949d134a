// Snippet highlights become separate parts (rendered as <mark>), whatever the ranges look like.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstHighlight, snippetParts } from '../../../../../renderer/features/search/snippetParts';

describe('snippet parts', () => {
  it('marks exactly the highlighted ranges', () => {
    expect(snippetParts('coffee with a data PM', [{ start: 14, end: 18 }])).toEqual([
      { text: 'coffee with a ', marked: false },
      { text: 'data', marked: true },
      { text: ' PM', marked: false },
    ]);
    expect(firstHighlight('a <b>data</b> b', [{ start: 2, end: 13 }])).toBe('<b>data</b>');
  });

  it('always reassembles the original text, for any ranges, in order', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.record({ start: fc.integer({ min: -5, max: 60 }), end: fc.integer({ min: -5, max: 60 }) })), (text, ranges) => {
        const parts = snippetParts(text, ranges);
        expect(parts.map((part) => part.text).join('')).toBe(text);
        expect(parts.every((part) => part.text.length > 0)).toBe(true);
      }),
    );
  });
});
