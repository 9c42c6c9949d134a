// What a person would see as broken layout on the page as it stands: the page or a card wider than the window, a
// control outside the window or cut by a box around it, text cut off without an ellipsis, and an open dialog or menu
// that runs past the top or bottom of the window (the page scrolls; a dialog or menu does not move with it).
import type { Page } from '@playwright/test';

export function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const width = window.innerWidth;
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : ''} “${(el.textContent ?? '').trim().slice(0, 40)}”`;
    // Text kept for screen readers only is clipped on purpose.
    const hiddenOnPurpose = (el: Element) => el.closest('.visually-hidden, [aria-hidden="true"]') !== null;
    const shown = (el: Element) => {
      const box = el.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    };

    if (document.documentElement.scrollWidth > width + 1) found.push(`the page is ${document.documentElement.scrollWidth} px wide in a ${width} px window`);
    for (const card of document.querySelectorAll('.card')) {
      if (shown(card) && card.scrollWidth > card.clientWidth + 1) found.push(`${describe(card)} overflows by ${card.scrollWidth - card.clientWidth} px`);
    }
    for (const control of document.querySelectorAll('button, a[href], input, select, textarea, [tabindex="0"]')) {
      if (!shown(control) || hiddenOnPurpose(control)) continue;
      const box = control.getBoundingClientRect();
      if (box.left < -1 || box.right > width + 1) {
        found.push(`${describe(control)} reaches outside the window (${Math.round(box.left)}–${Math.round(box.right)} px)`);
        continue;
      }
      // The nearest box that clips sideways without scrolling must hold the control.
      for (let ancestor = control.parentElement; ancestor; ancestor = ancestor.parentElement) {
        const overflow = getComputedStyle(ancestor).overflowX;
        if (overflow === 'visible') continue;
        if (overflow === 'auto' || overflow === 'scroll') break;
        const outer = ancestor.getBoundingClientRect();
        if (box.left < outer.left - 1 || box.right > outer.right + 1) found.push(`${describe(control)} is cut by ${describe(ancestor)}`);
        break;
      }
    }
    for (const el of document.querySelectorAll('body *')) {
      if (el.children.length > 0 || !(el.textContent ?? '').trim() || hiddenOnPurpose(el) || !shown(el)) continue;
      const style = getComputedStyle(el);
      if (style.overflowX !== 'hidden' && style.overflowX !== 'clip') continue;
      if (el.scrollWidth > el.clientWidth + 1 && style.textOverflow !== 'ellipsis') found.push(`${describe(el)} is cut off without an ellipsis`);
    }
    const height = window.innerHeight;
    for (const layer of document.querySelectorAll('dialog[open], [role="menu"]')) {
      if (!shown(layer)) continue;
      const box = layer.getBoundingClientRect();
      if (box.top < -1 || box.bottom > height + 1) found.push(`${describe(layer)} runs outside the window (${Math.round(box.top)}–${Math.round(box.bottom)} px of ${height})`);
    }
    return found;
  });
}
