// When an action removes the control that had focus (finishing the first run, a view opened from a button that goes),
// the browser drops focus to the page; this puts it on the new view's heading so the keyboard starts from there.

/** How long to wait for the view's heading: a view's code can take a moment to arrive. */
const MAX_FRAMES = 60;

/**
 * Watches for a few frames; stops at once if focus is somewhere real (the person, or the view, placed it). A heading
 * of the view being replaced is not real: a view stays on screen until the next one's code is here.
 */
export function focusHeadingWhenLost(container: HTMLElement): () => void {
  let frames = 0;
  let frame = 0;
  const attempt = () => {
    const active = document.activeElement;
    const onHeading = active instanceof HTMLHeadingElement && container.contains(active);
    if (active !== null && active !== document.body && !onHeading) return;
    const heading = container.querySelector<HTMLElement>('h1[tabindex="-1"]');
    if (heading && heading !== active) heading.focus();
    else if (++frames < MAX_FRAMES) frame = requestAnimationFrame(attempt);
  };
  frame = requestAnimationFrame(attempt);
  return () => cancelAnimationFrame(frame);
}
