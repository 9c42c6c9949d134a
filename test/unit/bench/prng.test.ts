// The seeded PRNG makes the synthetic journal identical from run to run, and its helpers stay within their bounds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../test/bench/prng';

describe('seededRandom', () => {
  it('repeats the same sequence for the same seed and differs for another', () => {
    const draw = (seed: number) => Array.from({ length: 20 }, seededRandom(seed).next);
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });

  it('keeps next() in [0, 1) and int() within its inclusive bounds', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: 0, max: 1000 }), (seed, min, span) => {
        const random = seededRandom(seed);
        for (let draw = 0; draw < 50; draw += 1) {
          const value = random.next();
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThan(1);
          const integer = random.int(min, min + span);
          expect(Number.isInteger(integer)).toBe(true);
          expect(integer).toBeGreaterThanOrEqual(min);
          expect(integer).toBeLessThanOrEqual(min + span);
        }
      }),
    );
  });

  it('reaches both ends of a small range', () => {
    const random = seededRandom(7);
    const seen = new Set(Array.from({ length: 200 }, () => random.int(1, 3)));
    expect([...seen].sort()).toEqual([1, 2, 3]);
  });

  it('refuses to pick from an empty list', () => {
    expect(() => seededRandom(1).pick([])).toThrow();
  });
});
