// What a Venn figure draws, computed without the DOM: circles with their labels, region counts, and where the aspiration goes.
import { type RegionCount } from '../../../shared/domain/venn/evidence-layout';
import { type Circle } from '../../../shared/domain/venn/circle';
import { joinNames } from '../../../shared/domain/venn/describe';
import { placeRegionLabels } from '../../../shared/domain/venn/labels';
import { regionKey } from '../../../shared/domain/venn/regions';
import { wrapText } from './wrapText';

export interface VennValueCircle extends Circle {
  readonly label: string;
  readonly colour: string;
}

export interface SceneRegion {
  readonly key: string;
  readonly ids: readonly string[];
  /** "Teaching and Building". */
  readonly name: string;
  readonly x: number;
  readonly y: number;
  /** Null when evidence is not shown (e.g. a figure of a past version). */
  readonly count: number | null;
}

export interface SceneValueLabel {
  readonly id: string;
  readonly label: string;
  readonly colour: string;
  readonly x: number;
  readonly y: number;
}

export interface SceneAspiration {
  readonly lines: readonly string[];
  readonly x: number;
  /** Baseline of the first line. */
  readonly y: number;
  /** Where a leader line points when the aspiration sits beside the diagram; null when it sits inside. */
  readonly leaderTo: { readonly x: number; readonly y: number } | null;
}

export interface VennScene {
  readonly regions: readonly SceneRegion[];
  readonly valueLabels: readonly SceneValueLabel[];
  readonly aspiration: SceneAspiration | null;
}

export const LINE_HEIGHT = 16;
/** A band below the diagram's canvas where the aspiration sits when the values share no region. */
export const ASIDE_BAND = 52;
/** The aspiration needs this much room from every rim to sit inside the shared region. */
const MIN_ASPIRATION_CLEARANCE = 26;
/** The most lines the aspiration wraps to inside the diagram. */
export const ASPIRATION_MAX_LINES = 5;
const BESIDE_MAX_CHARS = 70;
/** Below this clearance a region's count badge would cover its rims; it gets no badge (still listed for screen readers). */
const MIN_BADGE_CLEARANCE = 9;

/** Rough width of a value label at the figure's label size; enough to keep it off the rim. */
const LABEL_CHAR_WIDTH = 8.4;

/** Shift a label towards its circle's centre so its ends stay inside the circle. */
function keepLabelInCircle(x: number, label: string, circle: Circle): number {
  const half = (label.length * LABEL_CHAR_WIDTH) / 2;
  const room = Math.max(0, circle.r * 0.9 - half);
  return Math.min(circle.x + room, Math.max(circle.x - room, x));
}

/** Evidence by region key, or null when counts are not given. */
function countsByKey(counts: readonly RegionCount[] | undefined): Map<string, number> | null {
  if (!counts) return null;
  const byKey = new Map<string, number>();
  for (const entry of counts) {
    const key = regionKey(entry.ids);
    byKey.set(key, (byKey.get(key) ?? 0) + entry.count);
  }
  return byKey;
}

export function buildVennScene(
  circles: readonly VennValueCircle[],
  options: { readonly width: number; readonly height: number; readonly counts?: readonly RegionCount[]; readonly aspiration?: string },
): VennScene {
  const byId = new Map(circles.map((circle) => [circle.id, circle]));
  const labelOf = (id: string) => byId.get(id)?.label ?? '';
  const placed = circles.length > 0 ? placeRegionLabels(circles) : [];
  const everyKey = regionKey(circles.map((circle) => circle.id));
  const aspirationText = options.aspiration?.trim() ?? '';
  const evidence = countsByKey(options.counts);

  const regions: SceneRegion[] = [];
  const valueLabels: SceneValueLabel[] = [];
  let aspiration: SceneAspiration | null = null;
  let commonSpot: { x: number; y: number; clearance: number } | null = null;

  for (const region of placed) {
    if (!region.spot) continue;
    const key = regionKey(region.ids);
    const isCommon = key === everyKey;
    if (isCommon) commonSpot = region.spot;
    const single = region.ids.length === 1 ? byId.get(region.ids[0] ?? '') : undefined;
    let badgeY = region.spot.y;
    if (single && !(isCommon && circles.length === 1)) {
      const x = keepLabelInCircle(region.spot.x, single.label, single);
      valueLabels.push({ id: single.id, label: single.label, colour: single.colour, x, y: region.spot.y - 6 });
      badgeY = region.spot.y + 16;
    } else if (single) {
      valueLabels.push({ id: single.id, label: single.label, colour: single.colour, x: single.x, y: single.y - single.r * 0.55 });
    }
    if (region.spot.clearance < MIN_BADGE_CLEARANCE && !single) continue;
    regions.push({
      key,
      ids: region.ids,
      name: joinNames(region.ids.map(labelOf)),
      x: region.spot.x,
      y: badgeY,
      count: evidence ? (evidence.get(key) ?? 0) : null,
    });
  }

  if (aspirationText && circles.length > 0) {
    if (commonSpot && commonSpot.clearance >= MIN_ASPIRATION_CLEARANCE) {
      const maxChars = Math.max(12, Math.floor((commonSpot.clearance * 1.9) / 6.2));
      const lines = wrapText(aspirationText, maxChars, ASPIRATION_MAX_LINES);
      const top = commonSpot.y - ((lines.length - 1) * LINE_HEIGHT) / 2 - 8;
      aspiration = { lines, x: commonSpot.x, y: top, leaderTo: null };
      const common = regions.find((region) => region.key === everyKey);
      if (common) {
        regions.splice(regions.indexOf(common), 1, { ...common, y: top + lines.length * LINE_HEIGHT + 4 });
      }
    } else {
      const lines = wrapText(aspirationText, BESIDE_MAX_CHARS, 2);
      const centroid = {
        x: circles.reduce((sum, c) => sum + c.x, 0) / circles.length,
        y: circles.reduce((sum, c) => sum + c.y, 0) / circles.length,
      };
      aspiration = { lines, x: options.width / 2, y: options.height + 20, leaderTo: centroid };
    }
  }

  return { regions, valueLabels, aspiration };
}
