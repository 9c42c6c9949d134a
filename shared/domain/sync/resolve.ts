// What a merged record reads as: its fields, its link sets, and its text (merged three-way, or the newer with conflicts kept).
import type { SyncFieldValue } from './records';
import { isDeleted, type RecordState, type TextVersion } from './mergeState';
import { mergeText } from './textMerge';

export interface ResolvedText {
  readonly title: string;
  readonly body: string;
  /** The versions the text stands on: one after an ordinary edit, several after a merge. A next edit names them all. */
  readonly heads: readonly string[];
  /** Versions edited on two computers that could not be merged: kept, labelled, for the person to review. */
  readonly conflicts: readonly TextVersion[];
}

export interface ResolvedRecord {
  readonly kind: RecordState['kind'];
  readonly id: string;
  readonly deleted: boolean;
  readonly fields: Readonly<Record<string, SyncFieldValue>>;
  readonly links: Readonly<Record<string, readonly string[]>>;
  readonly text: ResolvedText | null;
}

const byClock = (a: TextVersion, b: TextVersion) => (a.hlc < b.hlc ? -1 : a.hlc > b.hlc ? 1 : 0);

/** Versions no other version was written over, oldest first. */
export function textHeads(versions: ReadonlyMap<string, TextVersion>): TextVersion[] {
  const covered = new Set<string>();
  for (const version of versions.values()) for (const parent of version.parents) covered.add(parent);
  return [...versions.values()].filter((version) => !covered.has(version.versionId)).sort(byClock);
}

function ancestry(versions: ReadonlyMap<string, TextVersion>, from: TextVersion): Set<string> {
  const seen = new Set<string>();
  const stack = [from.versionId];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    const version = versions.get(id);
    if (version) stack.push(...version.parents);
  }
  return seen;
}

/** The latest version every head descends from: what the three-way merge compares both sides against. */
function commonBase(versions: ReadonlyMap<string, TextVersion>, heads: readonly TextVersion[]): TextVersion | null {
  const [first, ...rest] = heads.map((head) => ancestry(versions, head));
  const common = [...first!].filter((id) => rest.every((set) => set.has(id)));
  const known = common.map((id) => versions.get(id)).filter((version): version is TextVersion => version !== undefined);
  return known.sort(byClock).at(-1) ?? null;
}

export function resolveText(versions: ReadonlyMap<string, TextVersion>): ResolvedText | null {
  const heads = textHeads(versions);
  if (heads.length === 0) return null;
  const newest = heads.at(-1)!;
  const headIds = heads.map((head) => head.versionId);
  if (heads.length === 1) return { title: newest.title, body: newest.body, heads: headIds, conflicts: [] };
  const base = commonBase(versions, heads) ?? { title: '', body: '' };
  let title: string | null = heads[0]!.title;
  let body: string | null = heads[0]!.body;
  for (const head of heads.slice(1)) {
    title = title === null ? null : mergeText(base.title, title, head.title);
    body = body === null ? null : mergeText(base.body, body, head.body);
  }
  if (title !== null && body !== null) return { title, body, heads: headIds, conflicts: [] };
  return { title: newest.title, body: newest.body, heads: headIds, conflicts: heads.slice(0, -1) };
}

function sortedObject<T, U>(map: ReadonlyMap<string, T>, value: (item: T) => U): Record<string, U> {
  return Object.fromEntries([...map.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, item]) => [key, value(item)]));
}

export function resolveRecord(record: RecordState): ResolvedRecord {
  return {
    kind: record.kind,
    id: record.id,
    deleted: isDeleted(record),
    fields: sortedObject(record.fields, (cell) => cell.value),
    links: sortedObject(record.links, (members) =>
      [...members.entries()].filter(([, cell]) => cell.value).map(([member]) => member).sort(),
    ),
    text: resolveText(record.versions),
  };
}
