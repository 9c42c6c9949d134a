// The guided hypothesis reads back into the parts it was written from; free text is left alone.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { composeHypothesis, parseHypothesis } from '../../../../../shared/domain/experiments/hypothesis';

describe('guided hypothesis', () => {
  it('composes the sentence and reads it back', () => {
    const text = composeHypothesis({ action: 'join the data meetup', expectation: 'to enjoy the talks', meaning: 'analytics suits me' });
    expect(text).toBe('If I join the data meetup, I expect to enjoy the talks, which would tell me analytics suits me.');
    expect(parseHypothesis(text)).toEqual({ action: 'join the data meetup', expectation: 'to enjoy the talks', meaning: 'analytics suits me' });
  });

  it('round-trips any parts without the guide words in them', () => {
    const part = fc.string({ minLength: 1, maxLength: 30 }).map((s) => s.replace(/[,.]/g, '').trim()).filter((s) => s.length > 0);
    fc.assert(
      fc.property(part, part, part, (action, expectation, meaning) => {
        expect(parseHypothesis(composeHypothesis({ action, expectation, meaning }))).toEqual({ action, expectation, meaning });
      }),
    );
  });

  it('treats an empty hypothesis as empty parts, and free text as not guided', () => {
    expect(composeHypothesis({ action: ' ', expectation: '', meaning: '' })).toBe('');
    expect(parseHypothesis('')).toEqual({ action: '', expectation: '', meaning: '' });
    expect(parseHypothesis('Clay calms me')).toBeNull();
  });
});
