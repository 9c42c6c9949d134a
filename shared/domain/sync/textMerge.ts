// Three-way merge of a text edited on two devices from one parent, line by line (node-diff3); null when edits overlap.
import { diff3Merge } from 'node-diff3';

/** Lines with their line ends kept, so joining them gives the text back exactly. */
function lines(text: string): string[] {
  return text === '' ? [] : text.split(/(?<=\n)/);
}

/** `ours` and `theirs` both edited from `base`: the text with both edits, or null when they touch the same lines. */
export function mergeText(base: string, ours: string, theirs: string): string | null {
  if (ours === theirs) return ours;
  if (ours === base) return theirs;
  if (theirs === base) return ours;
  const regions = diff3Merge(lines(ours), lines(base), lines(theirs), { excludeFalseConflicts: true });
  const merged: string[] = [];
  for (const region of regions) {
    if (region.conflict) return null;
    if (region.ok) merged.push(...region.ok);
  }
  return merged.join('');
}
