// What a Venn figure draws, computed without the DOM: circles with their labels, region counts, and where the aspiration goes.
import { type RegionCount } from '../../../shared/domain/venn/evidenceLayout';
import { type Circle, isPointInCircle, type Point } from '../../../shared/domain/venn/circle';
import { joinNames } from '../../../shared/domain/venn/describe';
import { type LabelSpot, placeWantedRegionLabels, type RegionLabel } from '../../../shared/domain/venn/labels';
import { regionKey } from '../../../shared/domain/venn/regions';
import { badgeBox, BADGE_HEIGHT, type Box, boxesOverlap, boxInOwnRegion, labelBox, labelLines, outsideLabelSpot } from './labelPlacement';
import { wrapText } from './wrapText';

export interface VennValueCircle extends Circle {
  readonly label: string;
  readonly colour: string;
}

export interface SceneRegion {
  readonly key: string;
  /** The room the badge takes. */
  readonly box: Box;
  readonly ids: readonly string[];
  /** "Teaching and Building". */
  readonly name: string;
  readonly x: number;
  readonly y: number;
  /** The evidence: a region is only badged when it has some. */
  readonly count: number;
}

export interface SceneValueLabel {
  readonly id: string;
  /** The full name, for the tooltip and the accessible description. */
  readonly label: string;
  /** What is drawn: at most two lines, the last ending in "…" when the name is longer. */
  readonly lines: readonly string[];
  readonly colour: string;
  /** The centre of the label's box. */
  readonly x: number;
  readonly y: number;
  /** Where a leader line from the label meets its circle's rim, when the label sits outside the circle; else null. */
  readonly leader: Point | null;
  readonly box: Box;
}

export interface SceneAspiration {
  readonly lines: readonly string[];
  readonly x: number;
  /** Baseline of the first line. */
  readonly y: number;
  /** Where a leader line points when the aspiration sits beside the diagram; null when it sits inside. */
  readonly leaderTo: { readonly x: number; readonly y: number } | null;
  /** The room its lines take (inside the diagram or beside it). */
  readonly box: Box;
}

export interface VennScene {
  readonly regions: readonly SceneRegion[];
  readonly valueLabels: readonly SceneValueLabel[];
  readonly aspiration: SceneAspiration | null;
  /** The height of the band below the canvas the figure needs (ASIDE_BAND unless a whole aspiration needs more). */
  readonly band: number;
}

export const LINE_HEIGHT = 16;
/** A band below the diagram's canvas where the aspiration sits when the values share no region. */
export const ASIDE_BAND = 52;
/** The aspiration needs this much room from every rim to sit inside the shared region. */
const MIN_ASPIRATION_CLEARANCE = 26;
/** The most lines the aspiration wraps to inside the diagram. */
export const ASPIRATION_MAX_LINES = 5;
const BESIDE_MAX_CHARS = 70;
/** Rough width of an aspiration character (13 px italic). */
const ASPIRATION_CHAR_WIDTH = 6.6;

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

/** Points near a region's deepest spot, nearest first, where a label (and its badge) may sit if the spot itself is taken. */
function nearSpot(spot: LabelSpot): Point[] {
  const points: Point[] = [{ x: spot.x, y: spot.y }];
  const reach = Math.max(0, spot.clearance);
  for (let step = 12; step <= reach; step += 12) {
    for (const [dx, dy] of [[0, -step], [0, step], [-step, 0], [step, 0]] as const) points.push({ x: spot.x + dx, y: spot.y + dy });
  }
  return points;
}

/** A sliver of a region may have no free point: the first free point just beside its spot, nearest first, for its badge. */
function besideSpot(spot: Point, fits: (point: Point) => boolean): Point | undefined {
  for (const step of [16, 32, 48, 64]) {
    for (let k = 0; k < 8; k++) {
      const point = { x: spot.x + step * Math.cos((k * Math.PI) / 4), y: spot.y + step * Math.sin((k * Math.PI) / 4) };
      if (fits(point)) return point;
    }
  }
  return undefined;
}

function aspirationBox(lines: readonly string[], x: number, firstBaseline: number): Box {
  const longest = Math.max(1, ...lines.map((line) => line.length));
  const height = lines.length * LINE_HEIGHT + 4;
  return { x, y: firstBaseline - 12 + height / 2, width: longest * ASPIRATION_CHAR_WIDTH + 8, height };
}

/**
 * Everything a figure draws, placed once for every view (the editor, the read-only figure, exports): the aspiration
 * first, then a badge for each region with evidence (none without: an empty region says nothing), then every value's
 * label — inside its own region where its box fits clear of everything placed, otherwise outside its rim with a leader
 * line. Labels and badges never cover one another or the aspiration unless the canvas has no free spot at all.
 */
export function buildVennScene(
  circles: readonly VennValueCircle[],
  options: {
    readonly width: number;
    readonly height: number;
    readonly counts?: readonly RegionCount[];
    readonly aspiration?: string;
    /** Exports show the aspiration in full: where it would be cut inside the diagram, it goes below it, every line. */
    readonly wholeAspiration?: boolean;
  },
): VennScene {
  const byId = new Map(circles.map((circle) => [circle.id, circle]));
  const labelOf = (id: string) => byId.get(id)?.label ?? '';
  const everyKey = regionKey(circles.map((circle) => circle.id));
  const aspirationText = options.aspiration?.trim() ?? '';
  const evidence = countsByKey(options.counts);
  const countOf = (key: string) => (evidence ? (evidence.get(key) ?? 0) : null);
  // Spots for each value's own region, the regions with evidence and the one all share: nothing else is drawn.
  const wanted = [
    ...circles.map((circle) => [circle.id]),
    circles.map((circle) => circle.id),
    ...(options.counts ?? []).filter((entry) => (countOf(regionKey(entry.ids)) ?? 0) > 0).map((entry) => entry.ids),
  ];
  const placed = circles.length > 0 ? placeWantedRegionLabels(circles, wanted) : [];
  const taken: Box[] = [];
  const free = (box: Box) => !taken.some((other) => boxesOverlap(box, other));
  const canvas = { width: options.width, height: options.height };

  const common = placed.find((region) => region.spot && regionKey(region.ids) === everyKey)?.spot ?? null;
  let aspiration: SceneAspiration | null = null;
  let band = ASIDE_BAND;
  if (aspirationText && circles.length > 0) {
    const maxChars = common ? Math.max(12, Math.floor((common.clearance * 1.9) / 6.2)) : 0;
    const fitsInside = !options.wholeAspiration || wrapText(aspirationText, maxChars, Infinity).length <= ASPIRATION_MAX_LINES;
    if (common && common.clearance >= MIN_ASPIRATION_CLEARANCE && fitsInside) {
      const lines = wrapText(aspirationText, maxChars, ASPIRATION_MAX_LINES);
      const top = common.y - ((lines.length - 1) * LINE_HEIGHT) / 2 - 8;
      aspiration = { lines, x: common.x, y: top, leaderTo: null, box: aspirationBox(lines, common.x, top) };
    } else {
      const lines = wrapText(aspirationText, BESIDE_MAX_CHARS, options.wholeAspiration ? Infinity : 2);
      band = Math.max(ASIDE_BAND, 20 + lines.length * LINE_HEIGHT + 12);
      const centroid = {
        x: circles.reduce((sum, c) => sum + c.x, 0) / circles.length,
        y: circles.reduce((sum, c) => sum + c.y, 0) / circles.length,
      };
      const y = options.height + 20;
      aspiration = { lines, x: options.width / 2, y, leaderTo: centroid, box: aspirationBox(lines, options.width / 2, y) };
    }
    taken.push(aspiration.box);
  }

  const regions: SceneRegion[] = [];
  const badge = (region: RegionLabel, key: string, at: Point) => {
    const count = countOf(key) as number;
    const box = badgeBox(count, at.x, at.y);
    regions.push({ key, ids: region.ids, name: joinNames(region.ids.map(labelOf)), x: at.x, y: at.y, count, box });
    taken.push(box);
  };
  /** A badge at the first free point of its region near its spot (at the spot itself when none is free). */
  const placeBadge = (region: RegionLabel & { spot: LabelSpot }, key: string) => {
    const members = new Set(region.ids);
    // In exactly the region's circles (rim included, as regionOfPoint counts it).
    const inRegion = (point: Point) => circles.every((circle) => isPointInCircle(point, circle) === members.has(circle.id));
    const count = countOf(key) as number;
    const fits = (point: Point) => free(badgeBox(count, point.x, point.y));
    const at = nearSpot(region.spot).find((point) => inRegion(point) && fits(point)) ?? besideSpot(region.spot, fits) ?? region.spot;
    badge(region, key, at);
  };

  const withEvidence = placed.filter((region): region is RegionLabel & { spot: LabelSpot } => {
    const count = countOf(regionKey(region.ids));
    return region.spot !== null && count !== null && count > 0;
  });
  for (const region of withEvidence) {
    const key = regionKey(region.ids);
    if (key === everyKey && aspiration && !aspiration.leaderTo) {
      badge(region, key, { x: aspiration.x, y: aspiration.y + aspiration.lines.length * LINE_HEIGHT + 4 });
    } else if (region.ids.length > 1) {
      placeBadge(region, key);
    }
  }

  const valueLabels: SceneValueLabel[] = [];
  const outside: VennValueCircle[] = [];
  const ownRegion = new Map(placed.filter((region) => region.ids.length === 1).map((region) => [region.ids[0] as string, region]));
  for (const circle of circles) {
    const lines = labelLines(circle.label);
    const own = ownRegion.get(circle.id);
    const badged = own?.spot ? (countOf(circle.id) ?? 0) > 0 && !(circles.length === 1 && aspiration && !aspiration.leaderTo) : false;
    const count = badged ? (countOf(circle.id) as number) : 0;
    const fits = (point: Point) => {
      const box = labelBox(lines, point.x, point.y - (badged ? BADGE_HEIGHT / 2 + 1 : 0));
      const badgeAt = badgeBox(count, point.x, box.y + box.height / 2 + BADGE_HEIGHT / 2 + 1);
      const room = boxInOwnRegion(box, circle, circles) && free(box);
      return room && (!badged || (boxInOwnRegion(badgeAt, circle, circles) && free(badgeAt) && !boxesOverlap(box, badgeAt))) ? { box, badgeAt } : null;
    };
    const spot = own?.spot ? nearSpot(own.spot).map(fits).find((fit) => fit !== null) : undefined;
    if (!spot || !own) {
      outside.push(circle);
      continue;
    }
    valueLabels.push({ id: circle.id, label: circle.label, lines, colour: circle.colour, x: spot.box.x, y: spot.box.y, leader: null, box: spot.box });
    taken.push(spot.box);
    if (badged) badge(own, circle.id, { x: spot.badgeAt.x, y: spot.badgeAt.y });
  }
  // Badges of values labelled outside their circles go before those labels, which then keep clear of them.
  for (const circle of outside) {
    const own = ownRegion.get(circle.id);
    const badged = regions.some((region) => region.key === circle.id);
    if (own?.spot && !badged && (countOf(circle.id) ?? 0) > 0) placeBadge(own as RegionLabel & { spot: LabelSpot }, circle.id);
  }
  for (const circle of outside) {
    const lines = labelLines(circle.label);
    const { box, rim } = outsideLabelSpot(circle, lines, circles, taken, canvas);
    valueLabels.push({ id: circle.id, label: circle.label, lines, colour: circle.colour, x: box.x, y: box.y, leader: rim, box });
    taken.push(box);
  }
  // Labels in circle order, whichever pass placed them, so every view lists them alike.
  valueLabels.sort((a, b) => circles.findIndex((c) => c.id === a.id) - circles.findIndex((c) => c.id === b.id));
  return { regions, valueLabels, aspiration, band };
}

/** Room kept around what a figure draws: a rim's stroke (2) and a label's halo (3) with a little air. */
const FRAME_MARGIN = 6;

export interface Frame {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * The area a read-only figure shows: its canvas and the band below, grown wherever a circle's rim, a label or the
 * aspiration reaches past them (a circle saved against the canvas's top edge, a label set outside a rim at the edge),
 * so nothing drawn is ever cut off.
 */
export function sceneFrame(circles: readonly Circle[], scene: VennScene, width: number, height: number): Frame {
  const boxes = [...scene.valueLabels.map((label) => label.box), ...scene.regions.map((region) => region.box), ...(scene.aspiration ? [scene.aspiration.box] : [])];
  const lefts = [0, ...circles.map((c) => c.x - c.r - FRAME_MARGIN), ...boxes.map((box) => box.x - box.width / 2 - FRAME_MARGIN)];
  const tops = [0, ...circles.map((c) => c.y - c.r - FRAME_MARGIN), ...boxes.map((box) => box.y - box.height / 2 - FRAME_MARGIN)];
  const rights = [width, ...circles.map((c) => c.x + c.r + FRAME_MARGIN), ...boxes.map((box) => box.x + box.width / 2 + FRAME_MARGIN)];
  const bottoms = [height + scene.band, ...circles.map((c) => c.y + c.r + FRAME_MARGIN), ...boxes.map((box) => box.y + box.height / 2 + FRAME_MARGIN)];
  const [x, y] = [Math.min(...lefts), Math.min(...tops)];
  return { x, y, width: Math.max(...rights) - x, height: Math.max(...bottoms) - y };
}
