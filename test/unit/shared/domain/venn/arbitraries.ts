// fast-check generators shared by the Venn tests: circles on an 800 × 600 canvas with distinct ids.
import fc from 'fast-check';
import { type Circle } from '../../../../../shared/domain/venn/circle';

const IDS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L'];

const circleSpec = fc.record({
  x: fc.double({ min: 0, max: 800, noNaN: true }),
  y: fc.double({ min: 0, max: 600, noNaN: true }),
  r: fc.double({ min: 5, max: 250, noNaN: true }),
});

export function circlesArbitrary(minCount = 1, maxCount = 5): fc.Arbitrary<Circle[]> {
  return fc
    .array(circleSpec, { minLength: minCount, maxLength: maxCount })
    .map((specs) => specs.map((spec, index) => ({ id: IDS[index] as string, ...spec })));
}

/** How a circle is made from an earlier one: the configurations where floating-point geometry goes wrong. */
const awkwardDerivation = fc.record({
  from: fc.nat(11),
  kind: fc.constantFrom('copy', 'nudged', 'touching outside', 'touching inside', 'crossing'),
  angle: fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }),
  // A nudge relative to the radius, the size keyboard steps and rounding leave between circles meant to coincide.
  nudge: fc.constantFrom(0, 1e-13, 1e-12, 1e-11, 1e-10),
  scale: fc.double({ min: 0.1, max: 1, noNaN: true }),
});

/**
 * Circles of which some are exact or nudged copies of earlier ones, or touch them from outside or inside (tangent
 * within rounding), or cross them; the rest are random, as in circlesArbitrary.
 */
export function awkwardCirclesArbitrary(minCount = 1, maxCount = 5): fc.Arbitrary<Circle[]> {
  const next = fc.oneof(fc.record({ free: circleSpec }), fc.record({ derived: awkwardDerivation }));
  return fc.tuple(circleSpec, fc.array(next, { minLength: minCount - 1, maxLength: maxCount - 1 })).map(([first, rest]) => {
    const circles: Circle[] = [{ id: IDS[0] as string, ...first }];
    rest.forEach((step, index) => {
      const id = IDS[index + 1] as string;
      if ('free' in step) {
        circles.push({ id, ...step.free });
        return;
      }
      const { from, kind, angle, nudge, scale } = step.derived;
      const base = circles[from % circles.length] as Circle;
      const [ux, uy] = [Math.cos(angle), Math.sin(angle)];
      const r = Math.max(5, base.r * scale);
      const at = (d: number, radius: number): Circle => ({ id, x: base.x + d * ux, y: base.y + d * uy, r: radius });
      if (kind === 'copy') circles.push({ ...base, id });
      else if (kind === 'nudged') circles.push(at(nudge * base.r, base.r * (1 + nudge)));
      else if (kind === 'touching outside') circles.push(at(base.r + r, r));
      else if (kind === 'touching inside') circles.push(at(Math.max(0, base.r - r), Math.min(r, base.r)));
      else circles.push(at((base.r + r) * scale, r));
    });
    return circles;
  });
}
