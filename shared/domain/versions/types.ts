// The strategy shapes version comparison, time-lapse and check-in read: minimal, so any store row fits.

/** One value on the Venn diagram. */
export interface StrategyValue {
  readonly id: string;
  readonly label: string;
  readonly description: string;
  /** A CSS colour, typically #rrggbb. */
  readonly colour: string;
}

/** Where a value's circle sits on the Venn canvas, in canvas pixels. */
export interface LayoutCircle {
  readonly valueId: string;
  readonly x: number;
  readonly y: number;
  readonly r: number;
}

export interface StrategyLayout {
  readonly circles: readonly LayoutCircle[];
  /** The values whose circles are drawn; a circle may be kept for a hidden value. */
  readonly shown: readonly string[];
}

/** What a strategy says: shared by the draft and every saved version. */
export interface StrategyContent {
  readonly aspiration: string;
  readonly values: readonly StrategyValue[];
  readonly layout: StrategyLayout;
}

/** An immutable saved version of the strategy. */
export interface StrategyVersionInput extends StrategyContent {
  readonly id: string;
  /** ISO timestamp. */
  readonly createdAt: string;
  /** "What changed and why". */
  readonly note: string;
}

/** Circles smaller than a pixel apart are the same place: drag jitter, not a decision. */
export const LAYOUT_JITTER_PX = 1;
