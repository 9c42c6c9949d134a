// Venn time-lapse: tweens start and end exactly on the two layouts; frames play in creation order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  timelapseFrames,
  tweenLayouts,
  visibleCircles,
  type TweenCircle,
} from '../../../../../shared/domain/versions/timelapse';
import { type LayoutCircle, type StrategyLayout } from '../../../../../shared/domain/versions/types';
import { version } from './fixtures';

const from: StrategyLayout = {
  circles: [
    { valueId: 'craft', x: 100, y: 100, r: 60 },
    { valueId: 'care', x: 160, y: 100, r: 60 },
    { valueId: 'hidden', x: 0, y: 0, r: 10 },
  ],
  shown: ['craft', 'care'],
};
const to: StrategyLayout = {
  circles: [
    { valueId: 'craft', x: 200, y: 50, r: 40 },
    { valueId: 'play', x: 300, y: 300, r: 50 },
  ],
  shown: ['craft', 'play'],
};

const byId = (circles: readonly TweenCircle[]): Record<string, Omit<TweenCircle, 'valueId'>> =>
  Object.fromEntries(circles.map(({ valueId, ...rest }) => [valueId, rest]));

describe('tweenLayouts', () => {
  it('glides shared circles, grows new ones in place and shrinks departing ones where they were', () => {
    const halfway = byId(tweenLayouts(from, to)(0.5));
    expect(halfway).toEqual({
      craft: { x: 150, y: 75, r: 50, phase: 'stay' },
      play: { x: 300, y: 300, r: 25, phase: 'enter' },
      care: { x: 160, y: 100, r: 30, phase: 'exit' },
    });
  });

  it('never gives a negative radius when an easing overshoots', () => {
    const tween = tweenLayouts(from, to);
    expect([...tween(-0.2), ...tween(1.2)].every((circle) => circle.r >= 0)).toBe(true);
  });

  const circleArb = (ids: string[]) =>
    fc.uniqueArray(
      fc.record({
        valueId: fc.constantFrom(...ids),
        x: fc.double({ min: -1000, max: 1000, noNaN: true }),
        y: fc.double({ min: -1000, max: 1000, noNaN: true }),
        r: fc.double({ min: 0, max: 500, noNaN: true }),
      }),
      { selector: (circle) => circle.valueId },
    );
  const layoutArb = circleArb(['a', 'b', 'c', 'd', 'e']).chain((circles) =>
    fc.subarray(circles.map((circle) => circle.valueId)).map((shown): StrategyLayout => ({ circles, shown })),
  );
  const sortById = (circles: readonly LayoutCircle[]): LayoutCircle[] =>
    [...circles].sort((a, b) => a.valueId.localeCompare(b.valueId));
  const drawn = (circles: readonly TweenCircle[], hiddenPhase: TweenCircle['phase']): LayoutCircle[] =>
    circles.filter((circle) => circle.phase !== hiddenPhase).map(({ phase: _phase, ...circle }) => circle);

  it('equals the older layout at t = 0 and the newer at t = 1, with arriving or departing circles at r = 0', () => {
    fc.assert(
      fc.property(layoutArb, layoutArb, (a, b) => {
        const tween = tweenLayouts(a, b);
        const atStart = tween(0);
        const atEnd = tween(1);
        expect(sortById(drawn(atStart, 'enter'))).toEqual(sortById(visibleCircles(a)));
        expect(atStart.filter((circle) => circle.phase === 'enter').every((circle) => circle.r === 0)).toBe(true);
        expect(sortById(drawn(atEnd, 'exit'))).toEqual(sortById(visibleCircles(b)));
        expect(atEnd.filter((circle) => circle.phase === 'exit').every((circle) => circle.r === 0)).toBe(true);
      }),
    );
  });
});

describe('timelapse frames and steps', () => {
  const versions = [
    version('v2', '2024-02-01T09:00:00Z', { note: 'Added play', layout: to }),
    version('v1', '2024-01-01T09:00:00Z', { note: 'First try', layout: from }),
    version('v3', '2024-03-01T09:00:00Z', { note: 'Settled' }),
  ];

  it('plays the versions oldest first, each frame captioned with its note and drawing only shown circles', () => {
    const frames = timelapseFrames(versions);
    expect(frames.map((frame) => [frame.index, frame.version.id, frame.note])).toEqual([
      [0, 'v1', 'First try'],
      [1, 'v2', 'Added play'],
      [2, 'v3', 'Settled'],
    ]);
    expect(frames[0]?.circles.map((circle) => circle.valueId)).toEqual(['craft', 'care']);
  });

  it('morphs from one frame to the next as the player does, landing on the later layout', () => {
    const [first, second] = timelapseFrames(versions);
    const tween = tweenLayouts(first!.version.layout, second!.version.layout);
    expect(byId(tween(1)).craft).toEqual({ x: 200, y: 50, r: 40, phase: 'stay' });
  });
});
