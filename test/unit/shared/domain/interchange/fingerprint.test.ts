import { describe, expect, it } from 'vitest';
import { entryFingerprint } from '../../../../../shared/domain/interchange/fingerprint';
import { nativeSha256Hex } from '../../../../../electron/core/interchange/nativeSha256';

const entry = { entryDate: '2024-03-02', title: 'Coffee with Priya', body: 'She said the team\nspends hours on data.' };

describe('entryFingerprint', () => {
  it('is the same when only line endings, trailing spaces or Unicode composition differ', () => {
    const fingerprint = entryFingerprint(entry, nativeSha256Hex);
    expect(entryFingerprint({ ...entry, body: 'She said the team   \r\nspends hours on data.\r\n' }, nativeSha256Hex)).toBe(fingerprint);
    expect(entryFingerprint({ ...entry, title: ' Coffee with Priya ' }, nativeSha256Hex)).toBe(fingerprint);
    const composed = { ...entry, body: 'Café' };
    expect(entryFingerprint({ ...entry, body: 'Cafe\u0301' }, nativeSha256Hex)).toBe(entryFingerprint(composed, nativeSha256Hex));
  });

  it('differs when the date, title or words differ', () => {
    const fingerprint = entryFingerprint(entry, nativeSha256Hex);
    expect(entryFingerprint({ ...entry, entryDate: '2024-03-03' }, nativeSha256Hex)).not.toBe(fingerprint);
    expect(entryFingerprint({ ...entry, title: 'Coffee with Sam' }, nativeSha256Hex)).not.toBe(fingerprint);
    expect(entryFingerprint({ ...entry, body: 'She said the team spends hours on data.' }, nativeSha256Hex)).not.toBe(fingerprint);
  });

  it('cannot be fooled by moving text between title and body', () => {
    expect(entryFingerprint({ entryDate: '2024-01-01', title: 'a', body: 'b' }, nativeSha256Hex)).not.toBe(
      entryFingerprint({ entryDate: '2024-01-01', title: 'a\nb', body: '' }, nativeSha256Hex),
    );
  });
});
