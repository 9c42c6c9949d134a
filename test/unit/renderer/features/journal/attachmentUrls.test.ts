// A preview fetches each attachment once and revokes its blob: URL when the text stops linking it or the preview closes.
import { describe, expect, it } from 'vitest';
import type { AttachmentContent } from '../../../../../shared/domain/attachments';
import { createAttachmentUrls } from '../../../../../renderer/features/journal/attachmentUrls';

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);

function setUp(held: Record<string, AttachmentContent['mime']> = { [A]: 'image/png', [B]: 'application/pdf' }) {
  const loads: string[] = [];
  const live = new Set<string>();
  const types = new Map<string, string>();
  let next = 0;
  const urls = createAttachmentUrls({
    load: async (sha256) => {
      loads.push(sha256);
      const mime = held[sha256];
      if (!mime) throw new Error('NOT_FOUND');
      return { sha256, mime, name: `${sha256.slice(0, 2)}.file`, size: 3, base64: 'AQID' };
    },
    decode: () => Uint8Array.from([1, 2, 3]),
    createUrl: (blob) => {
      const url = `blob:test/${(next += 1)}`;
      live.add(url);
      types.set(url, blob.type);
      return url;
    },
    revokeUrl: (url) => live.delete(url),
  });
  return { urls, loads, live, types };
}

describe('attachment URLs', () => {
  it('fetches a file once however often it is shown', async () => {
    const { urls, loads } = setUp();
    const [first, second] = await Promise.all([urls.get(A), urls.get(A)]);
    expect(first?.url).toBe(second?.url);
    expect(loads).toEqual([A]);
  });

  it('types only images as what they are; a PDF is opaque bytes to save', async () => {
    const { urls, types } = setUp();
    expect(types.get((await urls.get(A))!.url)).toBe('image/png');
    expect(types.get((await urls.get(B))!.url)).toBe('application/octet-stream');
  });

  it('revokes the URLs of files the text no longer links, and all of them when the preview closes', async () => {
    const { urls, live } = setUp();
    const a = await urls.get(A);
    const b = await urls.get(B);
    urls.keepOnly(new Set([B]));
    await Promise.resolve();
    expect([...live]).toEqual([b!.url]);
    expect(live.has(a!.url)).toBe(false);
    urls.dispose();
    await Promise.resolve();
    expect(live.size).toBe(0);
  });

  it('revokes a URL whose file arrives after the preview closed', async () => {
    const { urls, live } = setUp();
    const pending = urls.get(A);
    urls.dispose();
    await pending;
    await Promise.resolve();
    expect(live.size).toBe(0);
  });

  it('serves a preview opened again after closing (React remounts it) with a fresh URL that stays until the next close', async () => {
    const { urls, live } = setUp();
    await urls.get(A);
    urls.dispose();
    const again = await urls.get(A);
    await Promise.resolve();
    expect([...live]).toEqual([again!.url]);
  });

  it('answers null for a file the journal does not hold, and asks again next time', async () => {
    const { urls, loads } = setUp({});
    expect(await urls.get(A)).toBeNull();
    await Promise.resolve();
    expect(await urls.get(A)).toBeNull();
    expect(loads).toEqual([A, A]);
  });
});
