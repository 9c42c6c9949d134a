// Text helpers count and cut what a person sees as characters: an emoji is one, and nothing is ever split inside one.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codePointCount, graphemeCount, lineTextSchema, loneSurrogateIndex, shortened, truncateGraphemes } from '../../../../shared/domain/text';

const FAMILY = '👩‍👩‍👧‍👦';
/** Text rich in multi-unit characters: emoji, ZWJ sequences, flags, combining accents, CJK. */
const richText = fc
  .array(fc.constantFrom('a', 'é', 'e\u0301', '😀', FAMILY, '🇩🇪', '漢', ' ', '👍🏽', 'ß'), { maxLength: 40 })
  .map((parts) => parts.join(''));

describe('characters as a person sees them', () => {
  it('counts an emoji, a family and an accent as one character each', () => {
    expect(graphemeCount(`a😀${FAMILY}e\u0301`)).toBe(4);
    expect(codePointCount(FAMILY)).toBe(7);
  });

  it('cuts only between characters, keeping a prefix within the limit', () => {
    fc.assert(
      fc.property(richText, fc.integer({ min: 0, max: 45 }), (text, max) => {
        const cut = truncateGraphemes(text, max);
        expect(text.startsWith(cut)).toBe(true);
        expect(loneSurrogateIndex(cut)).toBe(-1);
        expect(graphemeCount(cut)).toBe(Math.min(max, graphemeCount(text)));
        const byCodePoints = truncateGraphemes(text, max, 'codePoints');
        expect(codePointCount(byCodePoints)).toBeLessThanOrEqual(max);
        expect(text.startsWith(byCodePoints) && loneSurrogateIndex(byCodePoints) === -1).toBe(true);
      }),
    );
  });

  it('shortens with an ellipsis only when it cuts, never inside a character', () => {
    fc.assert(
      fc.property(richText, fc.integer({ min: 2, max: 45 }), (text, max) => {
        const short = shortened(text, max);
        expect(graphemeCount(short)).toBeLessThanOrEqual(max);
        expect(loneSurrogateIndex(short)).toBe(-1);
        if (graphemeCount(text) <= max) expect(short).toBe(text);
        else expect(short.endsWith('…')).toBe(true);
      }),
    );
    expect(shortened(`${'a'.repeat(59)}😀😀`, 60)).toBe(`${'a'.repeat(59)}…`);
  });

  it('finds only unpaired halves of a surrogate pair', () => {
    expect(loneSurrogateIndex('smile 😀')).toBe(-1);
    expect(loneSurrogateIndex('half \ud83d')).toBe(5);
    expect(loneSurrogateIndex('\ude00 low first')).toBe(0);
  });

  it('limits typed text by characters and refuses a broken one', () => {
    const title = lineTextSchema(3);
    expect(title.safeParse(`${FAMILY}${FAMILY}${FAMILY}`).success).toBe(true);
    expect(title.safeParse(`${FAMILY}${FAMILY}${FAMILY}a`).error?.issues[0]?.message).toBe('At most 3 characters');
    expect(title.safeParse('a\ud800').error?.issues[0]?.message).toMatch(/broken character/);
  });
});
