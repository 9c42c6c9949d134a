import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseArchivePath, unsafeArchivePathReason } from '../../../../../shared/domain/interchange/archivePath';

describe('unsafeArchivePathReason', () => {
  it('accepts ordinary nested names', () => {
    for (const name of ['Journal.json', 'photos/abc.jpeg', 'My Journal/entries.json', 'a..b/c.json']) {
      expect(unsafeArchivePathReason(name)).toBeNull();
    }
  });

  it('refuses names that could escape the target folder', () => {
    expect(unsafeArchivePathReason('../evil.json')).toMatch(/\.\./);
    expect(unsafeArchivePathReason('photos/../../evil.json')).toMatch(/\.\./);
    expect(unsafeArchivePathReason('photos\\..\\..\\evil.json')).toMatch(/\.\./);
    expect(unsafeArchivePathReason('/etc/passwd')).toMatch(/absolute/);
    expect(unsafeArchivePathReason('\\Windows\\evil.json')).toMatch(/absolute/);
    expect(unsafeArchivePathReason('C:/Users/evil.json')).toMatch(/drive letter/);
    expect(unsafeArchivePathReason('c:evil.json')).toMatch(/drive letter/);
    expect(unsafeArchivePathReason('Journal.json\0.txt')).toMatch(/NUL/);
  });

  it('refuses any name with a ".." segment, wherever it sits and whichever separator is used', () => {
    const segment = fc.stringMatching(/^[A-Za-z0-9 ._-]{1,8}$/).filter((name) => name !== '..');
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 4 }), fc.array(segment, { maxLength: 4 }), fc.constantFrom('/', '\\'), (before, after, separator) => {
        expect(unsafeArchivePathReason([...before, '..', ...after].join(separator))).not.toBeNull();
        expect(unsafeArchivePathReason([...before, ...after].join(separator))).toBeNull();
      }),
    );
  });

  it('normalises separators and a leading "./"', () => {
    expect(normaliseArchivePath('./photos\\a.jpeg')).toBe('photos/a.jpeg');
  });
});
