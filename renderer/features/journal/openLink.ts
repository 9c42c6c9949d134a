// Follows a link from an entry's preview without ever navigating the app: a new, unlinked tab in browser mode; in the
// desktop app the shell turns the request into a confirmed hand-off to the system browser.
import { isSafeLink } from './markdown';

export function openLinkOutside(href: string): void {
  if (!isSafeLink(href)) return;
  window.open(href, '_blank', 'noopener,noreferrer');
}
