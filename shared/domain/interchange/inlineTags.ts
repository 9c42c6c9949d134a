// Obsidian-style inline #tags in Markdown text, ignoring headings, code and things like "#1" or URL fragments.

/** Tags written inline as #word or #nested/word; at least one character must be a letter, as in Obsidian. */
export function inlineTags(markdown: string): string[] {
  const tags = new Set<string>();
  let inFence = false;
  for (const line of markdown.split('\n')) {
    if (/^ {0,3}(`{3,}|~{3,})/.test(line)) {
      inFence = !inFence;
      continue;
    }
    if (inFence || /^( {4}|\t)/.test(line)) continue;
    const prose = line.replace(/(`+)[\s\S]*?\1/g, ' ');
    for (const match of prose.matchAll(/(?:^|[\s(,;])#([\p{L}\p{N}_\-/]+)/gu)) {
      const tag = match[1]!.replace(/\/+$/, '');
      if (/\p{L}/u.test(tag)) tags.add(tag);
    }
  }
  return [...tags];
}
