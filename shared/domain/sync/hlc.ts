// Hybrid logical clocks: a total order of changes that respects causality even when device clocks are hours wrong.
import { z } from 'zod';

/** Device ids name the per-device folders in the sync folder: lower-case hex only, so a name can carry nothing else. */
export const deviceIdSchema = z.string().regex(/^[0-9a-f]{16,32}$/, 'A device id is 16 to 32 lower-case hex digits');
export type DeviceId = z.infer<typeof deviceIdSchema>;

export interface Hlc {
  /** Milliseconds since the epoch: the largest wall time this device has seen, its own or another's. */
  readonly wall: number;
  /** Orders changes within one millisecond of `wall`. */
  readonly counter: number;
  readonly device: DeviceId;
}

const WALL_DIGITS = 15;
const COUNTER_DIGITS = 6;
const MAX_COUNTER = 10 ** COUNTER_DIGITS - 1;

/**
 * The text form compares as the clock does (fixed-width digits, then the device id as the tie-break), so records
 * can be ordered, stored and indexed as plain strings.
 */
export const hlcTextSchema = z.string().regex(/^\d{15}-\d{6}-[0-9a-f]{16,32}$/, 'Not a clock reading');
export type HlcText = z.infer<typeof hlcTextSchema>;

export function formatHlc(clock: Hlc): HlcText {
  return `${String(clock.wall).padStart(WALL_DIGITS, '0')}-${String(clock.counter).padStart(COUNTER_DIGITS, '0')}-${clock.device}`;
}

export function parseHlc(text: HlcText): Hlc {
  const [wall, counter, device] = text.split('-') as [string, string, string];
  return { wall: Number(wall), counter: Number(counter), device };
}

/** The clock before this device has seen anything. */
export function startClock(device: DeviceId): Hlc {
  return { wall: 0, counter: 0, device };
}

/** Wall time advanced past `wall` by one counter step, carrying into the next millisecond when the counter is full. */
function after(wall: number, counter: number, device: DeviceId): Hlc {
  return counter >= MAX_COUNTER ? { wall: wall + 1, counter: 0, device } : { wall, counter: counter + 1, device };
}

/** The reading for a new local change at wall time `now`: later than everything this device has seen or made. */
export function tick(clock: Hlc, now: number): Hlc {
  return now > clock.wall ? { wall: now, counter: 0, device: clock.device } : after(clock.wall, clock.counter, clock.device);
}

/** This device's clock after seeing `remote`: anything it makes next is later than `remote` (causality kept). */
export function receive(clock: Hlc, remote: Hlc, now: number): Hlc {
  const wall = Math.max(clock.wall, remote.wall, now);
  if (wall === now && now > clock.wall && now > remote.wall) return { wall, counter: 0, device: clock.device };
  const counter = Math.max(wall === clock.wall ? clock.counter : -1, wall === remote.wall ? remote.counter : -1);
  return after(wall, counter, clock.device);
}

/** Orders two text readings; equal only for the same change. */
export function compareHlc(a: HlcText, b: HlcText): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function maxHlc(a: HlcText | null, b: HlcText | null): HlcText | null {
  if (a === null) return b;
  if (b === null) return a;
  return a > b ? a : b;
}
