// Every circle keeps an area only it covers, with room for its label: after spreading, Tidy, Arrange by evidence and a new value.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { layoutByEvidence } from '../../../../../shared/domain/venn/evidenceLayout';
import { circleInLargestFreeArea } from '../../../../../shared/domain/venn/freeSpot';
import { everyCircleHasRoom, MIN_OWN_ROOM, ownRoom, roomNeeded, withOwnRoom } from '../../../../../shared/domain/venn/ownRoom';
import { tidyLayout } from '../../../../../shared/domain/venn/tidyLayout';
import { awkwardCirclesArbitrary, circlesArbitrary } from './arbitraries';
import { isCircleOnCanvas } from '../../../../support/vennOracles';

const IDS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L'];
const editor = { width: 720, height: 460 };

function expectRoomForEach(circles: readonly { id: string; x: number; y: number; r: number }[]) {
  for (const circle of circles) expect({ id: circle.id, room: ownRoom(circles, circle.id) >= roomNeeded(circle) }).toEqual({ id: circle.id, room: true });
}

describe('ownRoom', () => {
  it('is the radius of the largest disc only that circle covers, and none when another covers it', () => {
    const big = { id: 'A', x: 200, y: 200, r: 150 };
    expect(ownRoom([big], 'A')).toBeCloseTo(150, 6);
    // B wholly inside A: A keeps a ring of its own, B has none.
    const inside = { id: 'B', x: 200, y: 200, r: 60 };
    expect(ownRoom([big, inside], 'A')).toBeCloseTo(45, 6);
    expect(ownRoom([big, inside], 'B')).toBe(0);
    expect(everyCircleHasRoom([big, inside])).toBe(false);
    expect(roomNeeded(big)).toBe(MIN_OWN_ROOM);
  });
});

describe('withOwnRoom', () => {
  it('leaves a layout alone when every circle already has its room', () => {
    const tidy = tidyLayout(IDS.slice(0, 4), editor.width, editor.height);
    expect(withOwnRoom(tidy, editor)).toEqual(tidy);
  });

  it('gives every one of 1 to 12 random circles room of its own, on the canvas, in the order given', () => {
    fc.assert(
      fc.property(fc.oneof(circlesArbitrary(1, 12), awkwardCirclesArbitrary(1, 12)), (circles) => {
        const roomy = withOwnRoom(circles, editor);
        expect(roomy.map((c) => c.id)).toEqual(circles.map((c) => c.id));
        for (const circle of roomy) expect(isCircleOnCanvas(circle, editor)).toBe(true);
        expectRoomForEach(roomy);
      }),
      { numRuns: 60 },
    );
  });
});

describe('layouts keep every circle’s own room', () => {
  it('Tidy, for 1 to 12 values on any canvas shape', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 300, max: 3000 }), fc.integer({ min: 300, max: 3000 }), (count, width, height) => {
        expectRoomForEach(tidyLayout(IDS.slice(0, count), width, height));
      }),
      { numRuns: 40 },
    );
  });

  it('Arrange by evidence, whatever the evidence, for 1 to 12 values', () => {
    const combination = fc.uniqueArray(fc.constantFrom(...IDS), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.array(fc.record({ ids: combination, count: fc.integer({ min: 0, max: 40 }) }), { maxLength: 20 }),
        (count, counts) => {
          const circles = layoutByEvidence(IDS.slice(0, count), counts, editor.width, editor.height);
          for (const circle of circles) expect(isCircleOnCanvas(circle, editor)).toBe(true);
          expectRoomForEach(circles);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('Arrange by evidence, when one value is only ever lived with another (venn.js puts it inside)', () => {
    const circles = layoutByEvidence(['A', 'B'], [{ ids: ['A'], count: 6 }, { ids: ['A', 'B'], count: 3 }], editor.width, editor.height);
    expectRoomForEach(circles);
  });

  it('a new fifth value on an arranged four-value diagram, and on a crowded one', () => {
    const arranged = tidyLayout(IDS.slice(0, 4), editor.width, editor.height).map((c, index) => ({ ...c, x: c.x + (index === 0 ? 12 : 0) }));
    const fifth = circleInLargestFreeArea('E', arranged[0]!.r, arranged, editor);
    expectRoomForEach([...arranged, fifth]);
    const crowded = tidyLayout(IDS.slice(0, 11), editor.width, editor.height).map((c) => ({ ...c, r: c.r * 1.3 }));
    expectRoomForEach(crowded);
    const twelfth = circleInLargestFreeArea('L', crowded[0]!.r, crowded, editor);
    expectRoomForEach([...crowded, twelfth]);
  });
});
