// Venn time-lapse: the versions as ordered frames, and a tween between two layouts for d3 transitions to drive.
import { byCreation } from './compare';
import { type LayoutCircle, type StrategyLayout, type StrategyVersionInput } from './types';

/** stay: drawn in both layouts; enter: only in the newer (grows from nothing); exit: only in the older (shrinks away). */
export type CirclePhase = 'stay' | 'enter' | 'exit';

export interface TweenCircle extends LayoutCircle {
  readonly phase: CirclePhase;
}

/**
 * Layout at progress t (0 = older layout, 1 = newer). Circles keep their valueId, so it works as the
 * key of a d3 data join. Eased t outside 0..1 (back, elastic) extrapolates positions but never gives
 * a negative radius.
 */
export type LayoutTween = (t: number) => TweenCircle[];

/** The circles actually drawn: those of shown values, in the layout's own order. */
export function visibleCircles(layout: StrategyLayout): LayoutCircle[] {
  const shown = new Set(layout.shown);
  return layout.circles.filter((circle) => shown.has(circle.valueId));
}

/** The endpoints are returned as given, so a finished transition lands exactly on the saved layout. */
function lerp(a: number, b: number, t: number): number {
  if (t === 0) return a;
  if (t === 1) return b;
  return a * (1 - t) + b * t;
}

function nonNegative(r: number): number {
  return r < 0 ? 0 : r;
}

/**
 * Tween from one layout to the next. Circles drawn in both glide and resize; circles new to the
 * newer layout grow from r = 0 at their place; circles it no longer draws shrink to 0 where they were.
 * Order: the newer layout's circles, then the departing ones.
 */
export function tweenLayouts(from: StrategyLayout, to: StrategyLayout): LayoutTween {
  const start = new Map(visibleCircles(from).map((circle) => [circle.valueId, circle]));
  const end = visibleCircles(to);
  const endIds = new Set(end.map((circle) => circle.valueId));
  const leaving = [...start.values()].filter((circle) => !endIds.has(circle.valueId));
  return (t) => [
    ...end.map((target): TweenCircle => {
      const origin = start.get(target.valueId);
      if (!origin) return { ...target, r: nonNegative(lerp(0, target.r, t)), phase: 'enter' };
      return {
        valueId: target.valueId,
        x: lerp(origin.x, target.x, t),
        y: lerp(origin.y, target.y, t),
        r: nonNegative(lerp(origin.r, target.r, t)),
        phase: 'stay',
      };
    }),
    ...leaving.map((origin): TweenCircle => ({ ...origin, r: nonNegative(lerp(origin.r, 0, t)), phase: 'exit' })),
  ];
}

export interface TimelapseFrame<V extends StrategyVersionInput> {
  /** Position in the time-lapse, 0 for the first version. */
  readonly index: number;
  readonly version: V;
  /** The version's "what changed and why", shown as the caption while the frame holds. */
  readonly note: string;
  readonly circles: readonly LayoutCircle[];
}

/** One frame per version, oldest first. */
export function timelapseFrames<V extends StrategyVersionInput>(versions: readonly V[]): TimelapseFrame<V>[] {
  return byCreation(versions).map((version, index) => ({
    index,
    version,
    note: version.note,
    circles: visibleCircles(version.layout),
  }));
}
