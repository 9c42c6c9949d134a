// One Tab stop for a group of SVG items (the circles, the region badges), arrows moving within: WAI-ARIA's roving tabindex.

const STEPS: Readonly<Record<string, number>> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/** Where an arrow key goes from item `index` of `count`: the next or previous one, round the ends; null for other keys. */
export function rovingIndex(key: string, index: number, count: number): number | null {
  if (count === 0) return null;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  const step = STEPS[key];
  if (step === undefined) return null;
  return (((index + step) % count) + count) % count;
}

/** The item of `from`'s group (every element matching `selector` in its SVG, not hidden) an arrow key goes to, if any. */
export function rovingTarget(from: Element, selector: string, key: string): SVGElement | null {
  const items = [...(from.closest('svg')?.querySelectorAll<SVGElement>(selector) ?? [])].filter((item) => item.getAttribute('display') !== 'none');
  const next = rovingIndex(key, items.indexOf(from as SVGElement), items.length);
  return next === null ? null : (items[next] ?? null);
}

/** The item holding the group's Tab stop: the one last focused while it is still there, else the first. */
export function tabStop<T>(items: readonly T[], keyOf: (item: T) => string, active: string | null): string | null {
  const first = items[0];
  if (first === undefined) return null;
  return items.some((item) => keyOf(item) === active) ? active : keyOf(first);
}
