// Snippets read as plain text: Markdown's marks are gone, the words and the highlight markers stay.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_END, HIGHLIGHT_START, splitHighlights } from '../../../../shared/domain/searchQuery';
import { plainSnippet } from '../../../../shared/domain/searchSnippet';

const mark = (word: string) => `${HIGHLIGHT_START}${word}${HIGHLIGHT_END}`;

describe('plainSnippet', () => {
  it('drops headings, quotes, bullets, numbers, task boxes, emphasis, code marks and link targets', () => {
    expect(plainSnippet('## Plan\n\n> - [x] **Call** the [mentor](https://example.org)')).toBe('Plan Call the mentor');
    expect(plainSnippet('1. _first_ ~~second~~ `third`\n2) ![a kiln](kiln.png) <https://cairn.example>')).toBe(
      'first second third a kiln https://cairn.example',
    );
    expect(plainSnippet('---\n* * *\nsnake_case stays, __bold__ goes')).toBe('snake_case stays, bold goes');
  });

  it('keeps highlights on the words, also inside links and emphasis', () => {
    const { text, ranges } = splitHighlights(plainSnippet(`# ${mark('Budget')} talk with **${mark('mentor')}** [${mark('Ada')}](x)`));
    expect(text).toBe('Budget talk with mentor Ada');
    expect(ranges.map((range) => text.slice(range.start, range.end))).toEqual(['Budget', 'mentor', 'Ada']);
  });

  it('keeps every word of plain prose as it was', () => {
    const word = fc.stringMatching(/^[\p{L}\p{N}]{1,10}$/u);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 20 }), (words) => {
        expect(plainSnippet(words.join(' '))).toBe(words.join(' '));
      }),
    );
  });

  it('never leaves a line-start mark, a run of emphasis marks or a line break, whatever the Markdown', () => {
    const piece = fc.constantFrom('# ', '## ', '> ', '- ', '* ', '1. ', '[x] ', '**', '*', '_', '`', '~~', '\n', ' ', 'word', 'two words', mark('hit'), '[a](b)');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const plain = plainSnippet(pieces.join(''));
        expect(plain).not.toMatch(/\n|\*|`|~~|^#|^>/);
        const { text, ranges } = splitHighlights(plain);
        for (const range of ranges) expect(text.slice(range.start, range.end)).toBe('hit');
      }),
    );
  });
});
