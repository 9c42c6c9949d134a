// The content fingerprint that recognises an entry already in the journal, so importing twice adds nothing.

/** Line endings, Unicode composition and edge whitespace differ between exporters without changing the entry. */
function normaliseText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trim();
}

/** SHA-256 of a string's UTF-8 bytes, as lowercase hex: passed in, since shared/ has no crypto (the core gives node:crypto's). */
export type Sha256Hex = (text: string) => string;

/** Stable hex fingerprint of an entry's date, title and body; tags and timestamps deliberately do not count. */
export function entryFingerprint(entry: { entryDate: string; title: string; body: string }, hash: Sha256Hex): string {
  return hash(JSON.stringify([entry.entryDate, normaliseText(entry.title), normaliseText(entry.body)]));
}
