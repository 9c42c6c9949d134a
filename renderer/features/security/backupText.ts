// How backups are described to a person: when they were made and why.
import type { Backup } from '../../../shared/domain/security';

export function formatBackupTime(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

const reasons: Record<Backup['reason'], string> = {
  daily: 'Daily',
  manual: 'Made by you',
  'pre-migration': 'Before an update',
  'pre-restore': 'Replaced by a restore',
};

export function describeBackupReason(reason: Backup['reason']): string {
  return reasons[reason];
}

export function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
