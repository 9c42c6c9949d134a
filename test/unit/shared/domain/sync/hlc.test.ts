// Hybrid logical clocks: later than everything seen, even when the wall clock goes back or another device's is hours ahead.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatHlc, parseHlc, receive, startClock, tick, type Hlc } from '../../../../../shared/domain/sync/hlc';

const A = 'aaaaaaaaaaaaaaaa';
const B = 'bbbbbbbbbbbbbbbb';
const later = (a: Hlc, b: Hlc) => formatHlc(a) > formatHlc(b);

describe('hybrid logical clock', () => {
  it('keeps moving forward when the wall clock goes back', () => {
    const first = tick(startClock(A), 10_000);
    const second = tick(first, 5_000);
    expect(later(second, first)).toBe(true);
    expect(second.wall).toBe(10_000);
  });

  it('after seeing a reading from a clock hours ahead, the next local change is later than it', () => {
    const remote = tick(startClock(B), 1_000 + 5 * 3_600_000);
    const local = tick(receive(tick(startClock(A), 1_000), remote, 2_000), 2_500);
    expect(later(local, remote)).toBe(true);
  });

  it('reads back what it writes, and its text order is the clock order', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 2e12 })), { minLength: 1, maxLength: 40 }), (steps) => {
        let a = startClock(A);
        let b = startClock(B);
        for (const [fromB, now] of steps) {
          const before = a;
          if (fromB) {
            b = tick(b, now);
            a = receive(a, b, now);
            expect(later(a, b)).toBe(true);
          } else {
            a = tick(a, now);
          }
          expect(later(a, before)).toBe(true);
          expect(parseHlc(formatHlc(a))).toEqual(a);
        }
      }),
    );
  });
});
