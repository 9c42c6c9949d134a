// Check-in nudge: has the draft strategy drifted meaningfully from the last saved version, and for long enough?
import { differenceInDays } from 'date-fns';
import { areValuesUnchanged, isLayoutUnchanged, layoutChanges, normaliseWhitespace, valueChanges } from './compare';
import { LAYOUT_JITTER_PX, type StrategyContent, type StrategyVersionInput } from './types';

export const DEFAULT_CHECK_IN_AFTER_DAYS = 7;

/** The working strategy the writer edits between versions. */
export interface StrategyDraftInput extends StrategyContent {
  /** ISO timestamp of the last edit. */
  readonly updatedAt: string;
}

export interface CheckInOptions {
  /** Suggest a check-in once the draft has differed for this many whole days. */
  readonly afterDays?: number;
  /** Layout moves and resizes below this many pixels do not count. */
  readonly jitterPx?: number;
}

/** Which parts of the strategy differ meaningfully from the last version. */
export interface DraftDifferences {
  readonly aspiration: boolean;
  readonly values: boolean;
  readonly layout: boolean;
}

export interface CheckInAdvice {
  readonly differs: boolean;
  readonly differences: DraftDifferences;
  /** Since when the draft has differed, as far as can be known; null when it does not differ. */
  readonly differingSince: Date | null;
  /** Whole days the draft has differed; 0 when it does not. */
  readonly daysDiffering: number;
  readonly suggestCheckIn: boolean;
}

/**
 * Compares the draft with the last version, ignoring edits no reader would see: whitespace-only
 * changes to text, a colour's letter case, and layout jitter under `jitterPx`. With no version yet,
 * any aspiration or value counts as a difference: the first check-in is worth suggesting too.
 */
export function draftDifferences(
  draft: StrategyContent,
  lastVersion: StrategyContent | null,
  jitterPx: number = LAYOUT_JITTER_PX,
): DraftDifferences {
  if (!lastVersion) {
    return { aspiration: normaliseWhitespace(draft.aspiration) !== '', values: draft.values.length > 0, layout: false };
  }
  return {
    aspiration: normaliseWhitespace(draft.aspiration) !== normaliseWhitespace(lastVersion.aspiration),
    values: !areValuesUnchanged(valueChanges(lastVersion.values, draft.values)),
    layout: !isLayoutUnchanged(layoutChanges(lastVersion.layout, draft.layout, jitterPx)),
  };
}

/**
 * Whether to suggest saving a version. The draft has looked as it does now since its last edit,
 * and cannot have differed from a version before that version existed, so the difference is dated
 * from the later of the two. That is a lower bound: a draft still being reworked every day is not
 * nudged until it settles, which is when a "what changed and why" note is easiest to write.
 */
export function checkInAdvice(
  draft: StrategyDraftInput,
  lastVersion: StrategyVersionInput | null,
  now: Date,
  options: CheckInOptions = {},
): CheckInAdvice {
  const afterDays = options.afterDays ?? DEFAULT_CHECK_IN_AFTER_DAYS;
  const differences = draftDifferences(draft, lastVersion, options.jitterPx);
  const differs = differences.aspiration || differences.values || differences.layout;
  if (!differs) return { differs, differences, differingSince: null, daysDiffering: 0, suggestCheckIn: false };
  const since = new Date(Math.max(Date.parse(draft.updatedAt), lastVersion ? Date.parse(lastVersion.createdAt) : -Infinity));
  const daysDiffering = Math.max(0, differenceInDays(now, since));
  return { differs, differences, differingSince: since, daysDiffering, suggestCheckIn: daysDiffering >= afterDays };
}
