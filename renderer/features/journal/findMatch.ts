// Where a search hit's highlighted words sit in the full entry, so opening a result can select the match.
export interface TextRange {
  from: number;
  to: number;
}

/** The first place the highlighted text occurs, ignoring case; null when the match was in the title or tags. */
export function locateMatch(body: string, highlighted: string): TextRange | null {
  const needle = highlighted.trim().toLocaleLowerCase();
  if (!needle) return null;
  const index = body.toLocaleLowerCase().indexOf(needle);
  return index === -1 ? null : { from: index, to: index + needle.length };
}
