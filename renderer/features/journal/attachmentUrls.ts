// The blob: URLs a preview shows its attachments through: each file fetched once, and its URL revoked as soon as the
// text no longer links it or the preview closes, so no bytes outlive what is on screen.
import { isImageMime, type AttachmentContent, type AttachmentMime } from '../../../shared/domain/attachments';

export interface LoadedAttachment {
  url: string;
  blob: Blob;
  mime: AttachmentMime;
  name: string;
  size: number;
}

interface Deps {
  /** The file's bytes and kind; throws when the journal no longer holds it. */
  load(sha256: string): Promise<AttachmentContent>;
  decode(base64: string): Uint8Array<ArrayBuffer>;
  createUrl(blob: Blob): string;
  revokeUrl(url: string): void;
}

export function createAttachmentUrls(deps: Deps) {
  const entries = new Map<string, Promise<LoadedAttachment | null>>();

  function release(hash: string): void {
    const entry = entries.get(hash);
    entries.delete(hash);
    void entry?.then((loaded) => loaded && deps.revokeUrl(loaded.url));
  }

  async function fetchOne(hash: string): Promise<LoadedAttachment | null> {
    try {
      const content = await deps.load(hash);
      // Only images are typed as what they are; anything else is opaque bytes a browser can only save.
      const blob = new Blob([deps.decode(content.base64)], { type: isImageMime(content.mime) ? content.mime : 'application/octet-stream' });
      return { url: deps.createUrl(blob), blob, mime: content.mime, name: content.name, size: content.size };
    } catch {
      return null;
    }
  }

  return {
    /** The attachment with its URL, or null when the journal does not hold it. */
    get(hash: string): Promise<LoadedAttachment | null> {
      let entry = entries.get(hash);
      if (!entry) {
        entry = fetchOne(hash);
        entries.set(hash, entry);
        // A file not found is asked for again next time: it may have been added since (an import, another tab).
        const pending = entry;
        void pending.then((loaded) => {
          if (loaded === null && entries.get(hash) === pending) entries.delete(hash);
        });
      }
      return entry;
    },
    /** Revokes every URL but those of `hashes` (what the text links to now). */
    keepOnly(hashes: ReadonlySet<string>): void {
      for (const hash of [...entries.keys()]) if (!hashes.has(hash)) release(hash);
    },
    /** Revokes every URL, those still loading as they arrive. A later `get` starts afresh (React may remount). */
    dispose(): void {
      for (const hash of [...entries.keys()]) release(hash);
    },
  };
}

export type AttachmentUrls = ReturnType<typeof createAttachmentUrls>;
