import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from '../../../../../electron/core/interchange/decodeText';
import { expectRefused } from './expectRefused';

describe('decodeUtf8', () => {
  it('reads UTF-8, dropping a byte-order mark some editors add', () => {
    expect(decodeUtf8(Uint8Array.from([0xef, 0xbb, 0xbf, ...Buffer.from('Café ☕')]), '"note.md"')).toBe('Café ☕');
  });

  it('refuses Latin-1 and UTF-16 text by name instead of guessing', () => {
    expectRefused(() => decodeUtf8(Buffer.from('Café', 'latin1'), '"old.md"'), '"old.md" is not UTF-8 text', /Re-save it as UTF-8/);
    expectRefused(() => decodeUtf8(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{}', 'utf16le')]), '"Journal.json"'), '"Journal.json" is not UTF-8');
  });
});
