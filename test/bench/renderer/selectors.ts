// How the bench finds each view's parts. Views still being built are detected here; adjust these when they land.

/** The search field: an input of type search or role searchbox (or data-bench-search-input). */
export const searchInput = '[data-bench-search-input], main input[type="search"], main [role="searchbox"]';
/** Where results appear; mutations inside it count as results being painted. Falls back to the whole main area. */
export const searchResults = '[data-bench-search-results], main [role="list"][aria-label*="result" i], main [aria-label*="results" i]';

/** A draggable Venn circle: SVG, focusable, labelled. */
export const vennCircle =
  '[data-venn-circle], main svg [role="button"][aria-label], main svg [role="slider"][aria-label], main svg circle[tabindex]';

/** The timeline's drawing surface: what is panned (drag) and zoomed (wheel). */
export const timelineSurface = '[data-timeline], [data-bench-timeline], main svg[aria-label*="timeline" i], main [role="application"][aria-label*="timeline" i]';
/** Marks the timeline may set when its first render is on screen; otherwise the surface appearing counts. */
export const TIMELINE_RENDERED_MARK = 'cairn:timeline-rendered';
export const INTERACTIVE_MARK = 'cairn:interactive';

/** Insight's chart, and the mark it sets once drawn with the core's figures (renderer/ui/benchMarks.ts). */
export const insightChart = '[data-insight-chart]';
export const INSIGHT_RENDERED_MARK = 'cairn:insight-rendered';
