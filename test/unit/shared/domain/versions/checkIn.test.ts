// Check-in nudge: only meaningful drift counts, and the nudge comes once it has lasted long enough.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkInAdvice, draftDifferences, type StrategyDraftInput } from '../../../../../shared/domain/versions/checkIn';
import { value, version } from './fixtures';

const saved = version('v1', '2024-03-01T09:00:00.000Z');
const draftOf = (fields: Partial<StrategyDraftInput> = {}): StrategyDraftInput => ({
  aspiration: saved.aspiration,
  values: saved.values,
  layout: saved.layout,
  updatedAt: '2024-03-05T09:00:00.000Z',
  ...fields,
});
const daysAfterEdit = (days: number): Date => new Date(Date.parse('2024-03-05T09:00:00.000Z') + days * 86_400_000);

describe('draftDifferences', () => {
  it('ignores whitespace-only aspiration edits, capitalised colours and sub-pixel nudges', () => {
    const draft = draftOf({
      aspiration: `  ${saved.aspiration.replaceAll(' ', '\n  ')}  `,
      values: [value('care'), value('craft', { colour: '#336699'.toUpperCase() })],
      layout: {
        circles: saved.layout.circles.map((circle) => ({ ...circle, x: circle.x + 0.4, r: circle.r - 0.6 })),
        shown: [...saved.layout.shown].reverse(),
      },
    });
    expect(draftDifferences(draft, saved)).toEqual({ aspiration: false, values: false, layout: false });
  });

  it('notices a changed word, a renamed value and a circle dragged a few pixels', () => {
    expect(draftDifferences(draftOf({ aspiration: 'Build calm tools that help teams think' }), saved).aspiration).toBe(true);
    expect(draftDifferences(draftOf({ values: [value('craft', { label: 'Mastery' }), value('care')] }), saved).values).toBe(true);
    const dragged = { ...saved.layout, circles: saved.layout.circles.map((circle) => ({ ...circle, y: circle.y + 3 })) };
    expect(draftDifferences(draftOf({ layout: dragged }), saved).layout).toBe(true);
  });

  it('treats any content as worth a first check-in when no version exists', () => {
    expect(draftDifferences(draftOf({ aspiration: '   ', values: [] }), null).aspiration).toBe(false);
    expect(draftDifferences(draftOf(), null)).toEqual({ aspiration: true, values: true, layout: false });
  });

  it('never calls whitespace reflow of the aspiration a difference', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(' ', '  ', '\n', '\t'), { minLength: 1 }), (spaces) => {
        const reflowed = saved.aspiration
          .split(' ')
          .map((word, index) => word + (spaces[index % spaces.length] ?? ' '))
          .join('');
        expect(draftDifferences(draftOf({ aspiration: reflowed }), saved).aspiration).toBe(false);
      }),
    );
  });
});

describe('checkInAdvice', () => {
  const changed = draftOf({ aspiration: 'Build bold tools' });

  it('suggests a check-in once the draft has differed for seven days, not before', () => {
    expect(checkInAdvice(changed, saved, daysAfterEdit(6.9))).toMatchObject({ differs: true, daysDiffering: 6, suggestCheckIn: false });
    expect(checkInAdvice(changed, saved, daysAfterEdit(7))).toMatchObject({
      differs: true,
      differingSince: new Date('2024-03-05T09:00:00.000Z'),
      daysDiffering: 7,
      suggestCheckIn: true,
    });
  });

  it('honours a configured number of days', () => {
    expect(checkInAdvice(changed, saved, daysAfterEdit(3), { afterDays: 3 }).suggestCheckIn).toBe(true);
  });

  it('never nudges when the draft says what the last version says, however long ago that was', () => {
    expect(checkInAdvice(draftOf(), saved, daysAfterEdit(400))).toEqual({
      differs: false,
      differences: { aspiration: false, values: false, layout: false },
      differingSince: null,
      daysDiffering: 0,
      suggestCheckIn: false,
    });
  });

  it('dates the difference from the version when the version is newer than the last edit', () => {
    const newerVersion = version('v2', '2024-03-10T09:00:00.000Z');
    const advice = checkInAdvice(changed, newerVersion, daysAfterEdit(10));
    expect(advice.differingSince).toEqual(new Date('2024-03-10T09:00:00.000Z'));
    expect(advice.suggestCheckIn).toBe(false);
  });
});
