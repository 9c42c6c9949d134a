// How the entry history names its versions: when each was saved and where it came from.
import type { ReflectionVersion } from '../../../shared/domain/reflectionHistory';
import { formatTimestamp } from './reflectionText';

export function versionLabel(version: ReflectionVersion, all: readonly ReflectionVersion[]): string {
  const when = formatTimestamp(version.savedAt);
  if (version.origin === 'original') return `${when} · as first written`;
  if (version.origin === 'restore') {
    const source = all.find((other) => other.id === version.restoredFrom);
    return source ? `${when} · restored from ${formatTimestamp(source.savedAt)}` : `${when} · restored`;
  }
  return when;
}
