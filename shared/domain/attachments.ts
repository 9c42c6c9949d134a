// Attachments: the per-file limit, the kinds recognised by their first bytes, and the link form entries' Markdown uses.
import { z } from 'zod';

/** The most one file may hold; stated in the editor beside "Attach…". */
export const MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024;
export const MAX_ATTACHMENT_LABEL = '25 MB';

/** Kinds shown as images; PDFs and every other file are offered as downloads, never rendered. */
export const imageMimes = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'] as const;
export const attachmentMimes = [...imageMimes, 'application/pdf', 'application/octet-stream'] as const;
export type AttachmentMime = (typeof attachmentMimes)[number];

const signatures: readonly { mime: AttachmentMime; at: number; bytes: readonly number[] }[] = [
  { mime: 'image/png', at: 0, bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { mime: 'image/jpeg', at: 0, bytes: [0xff, 0xd8, 0xff] },
  { mime: 'image/gif', at: 0, bytes: [...'GIF87a'].map((c) => c.charCodeAt(0)) },
  { mime: 'image/gif', at: 0, bytes: [...'GIF89a'].map((c) => c.charCodeAt(0)) },
  { mime: 'application/pdf', at: 0, bytes: [...'%PDF-'].map((c) => c.charCodeAt(0)) },
];

function startsWith(bytes: Uint8Array, at: number, expected: readonly number[]): boolean {
  return bytes.length >= at + expected.length && expected.every((byte, index) => bytes[at + index] === byte);
}

/** What a file is, from its first bytes alone: its name and the mime a browser claims for it are never trusted. */
export function sniffMime(bytes: Uint8Array): AttachmentMime {
  for (const signature of signatures) if (startsWith(bytes, signature.at, signature.bytes)) return signature.mime;
  const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));
  if (startsWith(bytes, 0, ascii('RIFF')) && startsWith(bytes, 8, ascii('WEBP'))) return 'image/webp';
  return 'application/octet-stream';
}

export function isImageMime(mime: string): mime is (typeof imageMimes)[number] {
  return (imageMimes as readonly string[]).includes(mime);
}

const extensions: Record<AttachmentMime, string | null> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'application/pdf': 'pdf',
  'application/octet-stream': null,
};

/** The extension a file is written out with: from its kind, else its own name's when plain, else `bin`. */
export function attachmentExtension(mime: AttachmentMime, name: string): string {
  const known = extensions[mime];
  if (known) return known;
  const own = /\.([A-Za-z0-9]{1,10})$/.exec(name)?.[1];
  return own ? own.toLowerCase() : 'bin';
}

/** Where a file sits in an export (the Cairn zip, the Markdown folder): `attachments/<sha256>.<ext>`. */
export function attachmentExportPath(attachment: { sha256: string; mime: AttachmentMime; name: string }): string {
  return `attachments/${attachment.sha256}.${attachmentExtension(attachment.mime, attachment.name)}`;
}

/** "1.4 MB", "820 KB", "12 bytes": sizes in the units the limit is stated in. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** The reason a file cannot be attached, or null when it can. */
export function attachmentSizeProblem(name: string, size: number): string | null {
  if (size === 0) return `“${name}” is empty, so there is nothing to attach.`;
  if (size > MAX_ATTACHMENT_BYTES) {
    return `“${name}” is ${formatFileSize(size)}; files up to ${MAX_ATTACHMENT_LABEL} can be attached.`;
  }
  return null;
}

export const sha256HexSchema = z.string().regex(/^[0-9a-f]{64}$/, 'Expected a SHA-256 in lowercase hex');

/** Base64 of a file at the limit, with room for the padding. */
const MAX_BASE64_LENGTH = Math.ceil(MAX_ATTACHMENT_BYTES / 3) * 4;

export const attachmentNameSchema = z.string().trim().min(1).max(255);

export const attachmentAddSchema = z.strictObject({
  name: attachmentNameSchema,
  base64: z
    .string()
    .max(MAX_BASE64_LENGTH, `Files up to ${MAX_ATTACHMENT_LABEL} can be attached.`)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Expected the file as base64'),
});

export const attachmentSchema = z.object({
  sha256: sha256HexSchema,
  mime: z.enum(attachmentMimes),
  size: z.number().int().min(1).max(MAX_ATTACHMENT_BYTES),
  name: attachmentNameSchema,
});
export type Attachment = z.infer<typeof attachmentSchema>;

export const attachmentContentSchema = attachmentSchema.extend({ base64: z.string() });
export type AttachmentContent = z.infer<typeof attachmentContentSchema>;

const SCHEME = 'attachment:';

/** The hash an `attachment:` URL names, or null for any other URL. */
export function attachmentHashOf(url: string): string | null {
  if (!url.startsWith(SCHEME)) return null;
  const hash = url.slice(SCHEME.length);
  return sha256HexSchema.safeParse(hash).success ? hash : null;
}

/** Link text as Markdown reads it back: brackets and backslashes escaped, line breaks made spaces. */
function linkText(name: string): string {
  return name.replace(/[\r\n]+/g, ' ').replace(/[\\[\]]/g, (c) => `\\${c}`);
}

/** `![name](attachment:<sha256>)` for an image, `[name](attachment:<sha256>)` for any other file. */
export function attachmentMarkdown(attachment: Pick<Attachment, 'sha256' | 'mime' | 'name'>): string {
  const link = `[${linkText(attachment.name)}](${SCHEME}${attachment.sha256})`;
  return isImageMime(attachment.mime) ? `!${link}` : link;
}

/** Every attachment link in a body: `![…](attachment:…)` and `[…](attachment:…)`, with where each is. */
const linkPattern = /(!?)\[((?:\\.|[^\]\\\n])*)\]\(attachment:([0-9a-f]{64})\)/g;

/** The distinct hashes a text links to, in order of first mention. */
export function referencedAttachments(text: string): string[] {
  if (!text.includes(SCHEME)) return [];
  return [...new Set([...text.matchAll(/attachment:([0-9a-f]{64})/g)].map((match) => match[1]!))];
}

/** The text with each attachment link's target replaced by `target(hash)`; links it returns null for are left as they are. */
export function rewriteAttachmentLinks(text: string, target: (sha256: string) => string | null): string {
  if (!text.includes(SCHEME)) return text;
  return text.replace(linkPattern, (whole, bang: string, label: string, hash: string) => {
    const replaced = target(hash);
    return replaced === null ? whole : `${bang}[${label}](${replaced})`;
  });
}
