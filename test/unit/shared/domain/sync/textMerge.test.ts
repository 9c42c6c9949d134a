// Three-way text merge: edits to different lines both survive; edits to the same lines are refused, never guessed.
import { describe, expect, it } from 'vitest';
import { mergeText } from '../../../../../shared/domain/sync/textMerge';

const base = 'Morning: planning.\nNoon: a call with Sam.\nEvening: reading.\n';

describe('mergeText', () => {
  it('keeps both edits when they touch different lines', () => {
    const ours = 'Morning: planning the week.\nNoon: a call with Sam.\nEvening: reading.\n';
    const theirs = 'Morning: planning.\nNoon: a call with Sam.\nEvening: reading a novel.\n';
    expect(mergeText(base, ours, theirs)).toBe('Morning: planning the week.\nNoon: a call with Sam.\nEvening: reading a novel.\n');
  });

  it('refuses edits to the same line', () => {
    expect(mergeText(base, base.replace('Sam', 'Ana'), base.replace('Sam', 'Kim'))).toBeNull();
  });

  it('takes the one side that changed, and agrees with itself', () => {
    const edited = base + 'Night: sleep.\n';
    expect(mergeText(base, base, edited)).toBe(edited);
    expect(mergeText(base, edited, base)).toBe(edited);
    expect(mergeText(base, edited, edited)).toBe(edited);
  });
});
