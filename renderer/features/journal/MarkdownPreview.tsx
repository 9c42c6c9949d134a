// The entry rendered as Markdown; the HTML comes only from the safe renderer, and links never navigate the app.
// Attached photos are shown from blob: URLs of their bytes (attachmentUrls.ts); attached files are saved, never opened.
import { useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { isImageMime, referencedAttachments } from '../../../shared/domain/attachments';
import { api } from '../../app/client';
import { saveFile } from '../../ui/saveFile';
import { base64ToBytes } from '../interchange/importFiles';
import { AttachmentViewer } from './AttachmentViewer';
import { createAttachmentUrls, type AttachmentUrls, type LoadedAttachment } from './attachmentUrls';
import { renderMarkdown } from './markdown';
import { openLinkOutside } from './openLink';

function newAttachmentUrls(): AttachmentUrls {
  return createAttachmentUrls({
    load: (sha256) => api()['attachments.get']({ sha256 }),
    decode: base64ToBytes,
    createUrl: (blob) => URL.createObjectURL(blob),
    revokeUrl: (url) => URL.revokeObjectURL(url),
  });
}

/** Fills each thumbnail from its file; a file that is not an image becomes a download link, a missing one says so. */
function showAttachments(root: HTMLElement, urls: AttachmentUrls, isCurrent: () => boolean): void {
  for (const image of root.querySelectorAll<HTMLImageElement>('img[data-attachment-image]')) {
    const hash = image.dataset.attachmentImage ?? '';
    const thumb = image.closest('button');
    void urls.get(hash).then((loaded) => {
      if (!isCurrent() || !thumb) return;
      if (loaded && isImageMime(loaded.mime)) {
        image.src = loaded.url;
        return;
      }
      const replacement = document.createElement(loaded ? 'a' : 'span');
      if (loaded && replacement instanceof HTMLAnchorElement) {
        replacement.href = `attachment:${hash}`;
        replacement.className = 'attachment-file';
        replacement.dataset.attachmentFile = hash;
        replacement.textContent = loaded.name;
      } else {
        replacement.className = 'attachment-missing';
        replacement.textContent = `[${thumb.dataset.name ?? 'image'}: not in this journal]`;
      }
      thumb.replaceWith(replacement);
    });
  }
}

export function MarkdownPreview({ text }: { text: string }) {
  const html = useMemo(() => renderMarkdown(text), [text]);
  const container = useRef<HTMLDivElement>(null);
  const [urls] = useState(newAttachmentUrls);
  const [viewing, setViewing] = useState<LoadedAttachment | null>(null);

  useEffect(() => () => urls.dispose(), [urls]);
  useEffect(() => {
    urls.keepOnly(new Set(referencedAttachments(text)));
    const root = container.current;
    if (!root) return;
    let current = true;
    showAttachments(root, urls, () => current);
    return () => {
      current = false;
    };
  }, [html, text, urls]);

  function onClick(event: MouseEvent<HTMLDivElement>) {
    const target = event.target as HTMLElement;
    const thumb = target.closest<HTMLElement>('button[data-attachment]');
    if (thumb) {
      void urls.get(thumb.dataset.attachment ?? '').then((loaded) => loaded && isImageMime(loaded.mime) && setViewing(loaded));
      return;
    }
    const link = target.closest('a');
    if (!link) return;
    event.preventDefault();
    const file = link.dataset.attachmentFile;
    if (file) {
      void urls.get(file).then((loaded) => loaded && saveFile(loaded.blob, loaded.name, 'application/octet-stream'));
      return;
    }
    openLinkOutside(link.getAttribute('href') ?? '');
  }

  if (!text.trim()) {
    return <p className="preview-empty">Nothing to preview yet. Switch back to writing with the Write tab.</p>;
  }
  return (
    <>
      {/* Safe by construction: renderMarkdown escapes all raw HTML and keeps only http(s) and attachment links. */}
      <div ref={container} className="markdown-preview" aria-label="Preview" role="document" onClick={onClick} dangerouslySetInnerHTML={{ __html: html }} />
      <AttachmentViewer attachment={viewing} onClose={() => setViewing(null)} />
    </>
  );
}
