// An area-proportional layout from evidence: how often each combination of values was lived together.
import { greedyLayout, normalizeSolution, venn, type ISetOverlap } from '@upsetjs/venn.js';
import { type Circle } from './circle';
import { withOwnRoom } from './ownRoom';
import { regionKey } from './regions';
import { fitToCanvas, MAX_TIDY_CIRCLES, tidyLayout } from './tidyLayout';

/**
 * Evidence for one exact combination of values, e.g. the number of reflections that expressed
 * Teaching and Building and no other shown value. Repeated combinations are added together.
 */
export interface RegionCount {
  readonly ids: readonly string[];
  readonly count: number;
}

/**
 * A value with no evidence still gets a circle (so it can be seen and moved) with this share of the
 * largest value's evidence; its radius is then about a fifth of the largest radius.
 */
const UNEVIDENCED_SIZE_SHARE = 0.04;

/**
 * Circles for `ids` (in order) whose areas and pairwise overlaps approximate the evidence, fitted to
 * width × height. Counts are per exact combination and may name ids not in `ids` (those are
 * ignored, as are negative or non-finite counts).
 *
 * Uses @upsetjs/venn.js: each circle's area is proportional to all evidence involving that value, and
 * circles are placed so each pair's overlap matches the evidence the pair shares (venn.js optimises
 * the pairwise overlaps only; regions of three or more follow from the placement). The greedy initial
 * layout is used instead of the randomised one, so the same evidence always gives the same picture.
 * With no evidence at all, the tidy symmetric layout is returned instead. Every circle keeps an area of its own with
 * room for its label (withOwnRoom spreads the picture out where venn.js covered one).
 */
export function layoutByEvidence(
  ids: readonly string[],
  counts: readonly RegionCount[],
  width: number,
  height: number,
): Circle[] {
  if (ids.length > MAX_TIDY_CIRCLES) {
    throw new RangeError(`The evidence layout arranges at most ${MAX_TIDY_CIRCLES} circles, not ${ids.length}`);
  }
  const known = new Set(ids);
  const singles = new Map<string, number>(ids.map((id) => [id, 0]));
  const pairs = new Map<string, number>();
  for (const { ids: combination, count } of counts) {
    if (!Number.isFinite(count) || count <= 0) continue;
    const present = [...new Set(combination)].filter((id) => known.has(id));
    for (const id of present) singles.set(id, (singles.get(id) ?? 0) + count);
    for (let i = 0; i < present.length; i++) {
      for (let j = i + 1; j < present.length; j++) {
        const key = regionKey([present[i] as string, present[j] as string]);
        pairs.set(key, (pairs.get(key) ?? 0) + count);
      }
    }
  }

  const largest = Math.max(0, ...singles.values());
  if (largest === 0) return tidyLayout(ids, width, height);
  const floor = largest * UNEVIDENCED_SIZE_SHARE;
  const sizes = new Map(ids.map((id) => [id, Math.max(floor, singles.get(id) ?? 0)]));

  const areas: ISetOverlap[] = ids.map((id) => ({ sets: [id], size: sizes.get(id) ?? floor }));
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const a = ids[i] as string;
      const b = ids[j] as string;
      const shared = pairs.get(regionKey([a, b])) ?? 0;
      // A pair cannot share more than its smaller circle holds (possible once a floor is applied).
      const size = Math.min(shared, sizes.get(a) ?? 0, sizes.get(b) ?? 0);
      areas.push({ sets: [a, b], size });
    }
  }

  const solution = normalizeSolution(venn(areas, { initialLayout: greedyLayout }), Math.PI / 2);
  const unscaled = ids.map((id) => {
    const placed = solution[id];
    return { id, x: placed?.x ?? 0, y: placed?.y ?? 0, r: placed?.radius ?? 0 };
  });
  // venn.js may cover a circle with others where the evidence says it is always lived with them; each keeps its room.
  return withOwnRoom(fitToCanvas(unscaled, width, height), { width, height });
}
