// The entry rendered as Markdown; the HTML comes only from the safe renderer, and links never navigate the app.
import { useMemo, type MouseEvent } from 'react';
import { renderMarkdown } from './markdown';
import { openLinkOutside } from './openLink';

export function MarkdownPreview({ text }: { text: string }) {
  const html = useMemo(() => renderMarkdown(text), [text]);

  function onClick(event: MouseEvent<HTMLDivElement>) {
    const link = (event.target as HTMLElement).closest('a');
    if (!link) return;
    event.preventDefault();
    openLinkOutside(link.getAttribute('href') ?? '');
  }

  if (!text.trim()) {
    return <p className="preview-empty">Nothing to preview yet. Switch back to writing with the Write tab.</p>;
  }
  // Safe by construction: renderMarkdown escapes all raw HTML and keeps only http(s) links.
  return <div className="markdown-preview" aria-label="Preview" role="document" onClick={onClick} dangerouslySetInnerHTML={{ __html: html }} />;
}
