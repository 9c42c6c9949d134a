// fast-check generators shared by the Venn tests: circles on an 800 × 600 canvas with distinct ids.
import fc from 'fast-check';
import { type Circle } from '../../../../../shared/domain/venn/circle';

const IDS = ['A', 'B', 'C', 'D', 'E'];

export function circlesArbitrary(minCount = 1, maxCount = 5): fc.Arbitrary<Circle[]> {
  return fc
    .array(
      fc.record({
        x: fc.double({ min: 0, max: 800, noNaN: true }),
        y: fc.double({ min: 0, max: 600, noNaN: true }),
        r: fc.double({ min: 5, max: 250, noNaN: true }),
      }),
      { minLength: minCount, maxLength: maxCount },
    )
    .map((specs) => specs.map((spec, index) => ({ id: IDS[index] as string, ...spec })));
}
