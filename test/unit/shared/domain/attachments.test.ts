// Attachments are known by their first bytes, limited per file, and linked from Markdown in one form Cairn finds again.
import { describe, expect, it } from 'vitest';
import {
  attachmentExtension,
  attachmentHashOf,
  attachmentMarkdown,
  attachmentSizeProblem,
  MAX_ATTACHMENT_BYTES,
  referencedAttachments,
  rewriteAttachmentLinks,
  sniffMime,
} from '../../../../shared/domain/attachments';

const bytes = (...values: (number | string)[]) =>
  Uint8Array.from(values.flatMap((value) => (typeof value === 'string' ? [...value].map((c) => c.charCodeAt(0)) : [value])));
const HASH_A = 'a'.repeat(64);
const HASH_B = '0123456789abcdef'.repeat(4);

describe('sniffMime', () => {
  it('recognises PNG, JPEG, GIF, WebP and PDF by their signatures', () => {
    expect(sniffMime(bytes(0x89, 'PNG', 0x0d, 0x0a, 0x1a, 0x0a, 0))).toBe('image/png');
    expect(sniffMime(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe('image/jpeg');
    expect(sniffMime(bytes('GIF89a', 1, 0))).toBe('image/gif');
    expect(sniffMime(bytes('GIF87a'))).toBe('image/gif');
    expect(sniffMime(bytes('RIFF', 1, 2, 3, 4, 'WEBPVP8 '))).toBe('image/webp');
    expect(sniffMime(bytes('%PDF-1.7\n'))).toBe('application/pdf');
  });

  it('keeps anything else as a plain download, whatever it looks like by name', () => {
    expect(sniffMime(bytes('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBe('application/octet-stream');
    expect(sniffMime(bytes('<html><script>'))).toBe('application/octet-stream');
    expect(sniffMime(bytes('RIFF', 1, 2, 3, 4, 'WAVE'))).toBe('application/octet-stream');
    expect(sniffMime(bytes(0x89, 'PN'))).toBe('application/octet-stream');
    expect(sniffMime(new Uint8Array())).toBe('application/octet-stream');
  });
});

describe('limits and names', () => {
  it('refuses an empty file and one over 25 MB, naming it and the limit', () => {
    expect(attachmentSizeProblem('empty.txt', 0)).toMatch(/“empty.txt” is empty/);
    expect(attachmentSizeProblem('big.mov', 26 * 1024 * 1024)).toBe('“big.mov” is 26.0 MB; files up to 25 MB can be attached.');
    expect(attachmentSizeProblem('ok.png', MAX_ATTACHMENT_BYTES)).toBeNull();
    expect(attachmentSizeProblem('ok.png', MAX_ATTACHMENT_BYTES + 1)).toMatch(/up to 25 MB/);
  });

  it('writes files out with their kind’s extension, a plain one of their own, or bin', () => {
    expect(attachmentExtension('image/jpeg', 'holiday.jpeg')).toBe('jpg');
    expect(attachmentExtension('image/png', 'really-a-png.gif')).toBe('png');
    expect(attachmentExtension('application/octet-stream', 'notes.DOCX')).toBe('docx');
    expect(attachmentExtension('application/octet-stream', 'weird.<script>')).toBe('bin');
    expect(attachmentExtension('application/octet-stream', 'README')).toBe('bin');
  });
});

describe('links in Markdown', () => {
  it('writes images with ! and files without, escaping the name so the link reads back whole', () => {
    expect(attachmentMarkdown({ sha256: HASH_A, mime: 'image/png', name: 'view.png' })).toBe(`![view.png](attachment:${HASH_A})`);
    expect(attachmentMarkdown({ sha256: HASH_A, mime: 'application/pdf', name: 'cv [final].pdf' })).toBe(`[cv \\[final\\].pdf](attachment:${HASH_A})`);
    const link = attachmentMarkdown({ sha256: HASH_B, mime: 'application/octet-stream', name: 'a]\nb' });
    expect(referencedAttachments(`before ${link} after`)).toEqual([HASH_B]);
  });

  it('finds each referenced hash once, in order, and nothing in text without links', () => {
    const body = `![a](attachment:${HASH_B}) and [b](attachment:${HASH_A}) and again ![c](attachment:${HASH_B})`;
    expect(referencedAttachments(body)).toEqual([HASH_B, HASH_A]);
    expect(referencedAttachments('an attachment: of sorts, attachment:1234')).toEqual([]);
  });

  it('reads a hash only from a well-formed attachment URL', () => {
    expect(attachmentHashOf(`attachment:${HASH_A}`)).toBe(HASH_A);
    expect(attachmentHashOf(`attachment:${HASH_A.toUpperCase()}`)).toBeNull();
    expect(attachmentHashOf(`attachment:${HASH_A}x`)).toBeNull();
    expect(attachmentHashOf('https://example.com/a.png')).toBeNull();
  });

  it('rewrites link targets, keeping each link’s text and kind', () => {
    const body = `![a \\] b](attachment:${HASH_A})\n[doc](attachment:${HASH_B}) [x](https://example.com)`;
    expect(rewriteAttachmentLinks(body, (hash) => (hash === HASH_A ? `attachments/${hash}.png` : null))).toBe(
      `![a \\] b](attachments/${HASH_A}.png)\n[doc](attachment:${HASH_B}) [x](https://example.com)`,
    );
  });
});
