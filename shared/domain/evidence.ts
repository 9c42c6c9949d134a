// Evidence for the Venn diagram: reflections and experiments linked to values, counted per exact combination of shown values.
import { z } from 'zod';
import { regionKey } from './venn/regions';
import { type RegionCount } from './venn/evidenceLayout';
import { MAX_SHOWN_VALUES } from './venn/layout';

export const evidenceItemSchema = z.object({
  kind: z.enum(['reflection', 'experiment']),
  id: z.string(),
  /** The title, or the start of the text when a reflection has none. */
  title: z.string(),
  /** The entry date of a reflection; the (actual, else planned) start of an experiment, if any. */
  date: z.string().nullable(),
  valueIds: z.array(z.string()),
});
export type EvidenceItem = z.infer<typeof evidenceItemSchema>;

/** Link a reflection to one region of the diagram: exactly the region's values among those the diagram shows. */
export const regionLinkSchema = z
  .strictObject({
    reflectionId: z.uuid(),
    region: z.array(z.uuid()).max(MAX_SHOWN_VALUES),
    shown: z.array(z.uuid()).max(MAX_SHOWN_VALUES),
  })
  .refine(({ region, shown }) => region.every((id) => shown.includes(id)), {
    message: 'A region is made of values the diagram shows',
    path: ['region'],
  });

export const strategyEvidenceSchema = z.object({ items: z.array(evidenceItemSchema) });
export type StrategyEvidence = z.infer<typeof strategyEvidenceSchema>;

/**
 * The region an item belongs to on a diagram showing `shown`: the shown values it is linked to.
 * Links to values not shown are ignored, so "exactly Teaching and Building" means exactly those two
 * among the circles on screen. Empty when it touches no shown value.
 */
export function regionOfItem(item: EvidenceItem, shown: readonly string[]): string[] {
  const linked = new Set(item.valueIds);
  return shown.filter((id) => linked.has(id));
}

/** How many items fall in each exact combination of shown values (combinations with none are left out). */
export function countEvidence(items: readonly EvidenceItem[], shown: readonly string[]): RegionCount[] {
  const counts = new Map<string, { ids: string[]; count: number }>();
  for (const item of items) {
    const ids = regionOfItem(item, shown);
    if (ids.length === 0) continue;
    const key = regionKey(ids);
    const entry = counts.get(key);
    if (entry) entry.count++;
    else counts.set(key, { ids, count: 1 });
  }
  return [...counts.values()];
}

/** The count for exactly these values (0 when none). */
export function countFor(counts: readonly RegionCount[], ids: readonly string[]): number {
  const key = regionKey(ids);
  return counts.find((entry) => regionKey(entry.ids) === key)?.count ?? 0;
}

/** The items linked to exactly the region's values among those shown, newest first. */
export function itemsInRegion(items: readonly EvidenceItem[], shown: readonly string[], region: readonly string[]): EvidenceItem[] {
  const key = regionKey(region);
  return items
    .filter((item) => regionKey(regionOfItem(item, shown)) === key)
    .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
}

/**
 * The value links after dropping an item onto a region: the region's values replace the shown ones,
 * and links to values not on the diagram stay as they were.
 */
export function linksForRegion(current: readonly string[], shown: readonly string[], region: readonly string[]): string[] {
  const visible = new Set(shown);
  return [...current.filter((id) => !visible.has(id)), ...region];
}
