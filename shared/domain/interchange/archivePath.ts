// Archive entry names that could escape the folder they are unpacked into are refused outright.

/** Why an archive entry name is unsafe (absolute, drive-lettered, climbing with "..", or containing NUL), or null. */
export function unsafeArchivePathReason(name: string): string | null {
  if (name.includes('\0')) return 'contains a NUL character';
  const path = name.replace(/\\/g, '/');
  if (path.startsWith('/')) return 'is an absolute path';
  if (/^[a-zA-Z]:/.test(path)) return 'starts with a drive letter';
  if (path.split('/').some((segment) => segment === '..')) return 'climbs out of the archive with ".."';
  return null;
}

/** The entry name with "/" separators and no leading "./", as importers compare it. */
export function normaliseArchivePath(name: string): string {
  return name.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
}
