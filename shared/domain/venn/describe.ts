// Plain-language descriptions of the diagram for screen readers: what each circle overlaps, and whether all meet.
import { type Circle, circleRelation } from './circle';
import { haveCommonRegion } from './labels';

export interface CircleDescription {
  readonly id: string;
  readonly text: string;
}

export type OverlapRelation = 'overlaps' | 'contains' | 'inside' | 'same' | 'apart';

/** How circle `a` relates to circle `b` (as the area computation sees it). Circles that only touch do not overlap. */
export function relationBetween(a: Circle, b: Circle): OverlapRelation {
  const relation = circleRelation(a, b);
  return relation === 'crossing' ? 'overlaps' : relation;
}

const CLAUSES: ReadonlyArray<readonly [OverlapRelation, string]> = [
  ['overlaps', 'overlaps'],
  ['contains', 'wholly contains'],
  ['inside', 'lies wholly inside'],
  ['same', 'covers exactly the same area as'],
  ['apart', 'does not overlap'],
];

/**
 * One sentence per circle, in circle order, e.g. "Teaching overlaps Building and Connecting people;
 * does not overlap Simplifying." `labelOf` names a circle (falling back to its id when it returns '').
 */
export function describeOverlaps(circles: readonly Circle[], labelOf: (id: string) => string): CircleDescription[] {
  const name = (circle: Circle): string => labelOf(circle.id) || circle.id;
  return circles.map((circle) => {
    const others = circles.filter((other) => other !== circle);
    if (others.length === 0) return { id: circle.id, text: `${name(circle)} is the only value shown.` };
    const clauses = CLAUSES.flatMap(([relation, verb]) => {
      const names = others.filter((other) => relationBetween(circle, other) === relation).map(name);
      return names.length > 0 ? [`${verb} ${joinNames(names)}`] : [];
    });
    return { id: circle.id, text: `${name(circle)} ${clauses.join('; ')}.` };
  });
}

/** One sentence on whether all the shown values meet, which is where the aspiration belongs. */
export function describeCommonRegion(circles: readonly Circle[]): string {
  if (circles.length < 2) return circles.length === 1 ? 'Only one value is shown.' : 'No values are shown.';
  if (haveCommonRegion(circles)) {
    const all = circles.length === 2 ? 'Both values' : `All ${countWord(circles.length)} values`;
    return `${all} meet in a shared region, where the aspiration sits.`;
  }
  const apart =
    circles.length === 2
      ? 'The two values do not meet'
      : `The ${countWord(circles.length)} values do not all meet in one place`;
  return `${apart}, so the aspiration sits beside the diagram.`;
}

/** "A", "A and B", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

const COUNT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

function countWord(count: number): string {
  return COUNT_WORDS[count] ?? String(count);
}
