// Words for versions: dates, what differs, and the nudge to check in.
import { shortened } from '../../../shared/domain/text';
import { formatDay } from '../../ui/dates';
import { joinNames } from '../../../shared/domain/venn/describe';
import type { CheckInAdvice, DraftDifferences } from '../../../shared/domain/versions/checkIn';
import type { LayoutChanges } from '../../../shared/domain/versions/compare';

/** A version's saving date, worded as every view words a day (renderer/ui/dates). */
export function formatVersionDate(createdAt: string): string {
  return formatDay(createdAt);
}

/** "your aspiration and values", or null when nothing differs. */
export function describeDifferences(differences: DraftDifferences): string | null {
  const parts = [
    differences.aspiration ? 'your aspiration' : null,
    differences.values ? 'your values' : null,
    differences.layout ? 'the Venn diagram' : null,
  ].filter((part): part is string => part !== null);
  if (parts.length === 0) return null;
  if (parts.length === 1) return parts[0] ?? null;
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;
}

/** The nudge banner's sentence, or null when no check-in is due. */
export function checkInNudge(advice: CheckInAdvice, hasVersions: boolean): string | null {
  if (!advice.suggestCheckIn) return null;
  const what = describeDifferences(advice.differences) ?? 'your strategy';
  if (!hasVersions) return `You have shaped ${what} but never saved a version. Save one to start your strategy’s history.`;
  const days = advice.daysDiffering === 1 ? '1 day' : `${advice.daysDiffering} days`;
  return `You changed ${what} ${days} ago and have not saved a version since. A short note now keeps the why.`;
}

/** A version as a picker shows it: its date and the start of its note. */
export function versionOptionLabel(version: { createdAt: string; note: string }): string {
  const note = version.note.replace(/\s+/g, ' ').trim();
  return `${formatVersionDate(version.createdAt)} — ${shortened(note, 48)}`;
}

/** What happened to one circle between two versions' diagrams, e.g. "moved and grew". */
export interface CircleChangeWords {
  readonly valueId: string;
  readonly words: string;
}

/**
 * One entry per circle drawn in either version that changed, in the newer diagram's order and then the circles it no
 * longer shows: shown, hidden, or moved and resized (grew or shrank). A circle counts once however it changed, and a
 * hidden value's remembered circle moving is not a change anyone saw.
 */
export function describeCircleChanges(changes: LayoutChanges, shownBefore: readonly string[], shownAfter: readonly string[]): CircleChangeWords[] {
  const drawnBoth = new Set(shownAfter.filter((id) => shownBefore.includes(id)));
  const moved = new Set(changes.moved.map((change) => change.valueId));
  const resized = new Map(changes.resized.map((change) => [change.valueId, change.to.r > change.from.r ? 'grew' : 'shrank']));
  const nowShown = new Set(changes.nowShown);
  const nowHidden = new Set(changes.nowHidden);
  const words = (id: string): string | null => {
    if (nowShown.has(id)) return 'was shown';
    if (nowHidden.has(id)) return 'was hidden';
    if (!drawnBoth.has(id)) return null;
    const parts = [moved.has(id) ? 'moved' : null, resized.get(id) ?? null].filter((part): part is string => part !== null);
    return parts.length > 0 ? joinNames(parts) : null;
  };
  const order = [...shownAfter, ...shownBefore.filter((id) => !shownAfter.includes(id))];
  return order.flatMap((valueId) => {
    const said = words(valueId);
    return said ? [{ valueId, words: said }] : [];
  });
}
