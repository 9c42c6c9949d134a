// How backups and an interrupted passphrase operation are described to a person.
import type { Backup, InterruptedOperation } from '../../../shared/domain/security';

import { formatDateTime } from '../../ui/dates';

export { formatDateTime as formatBackupTime };

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

/** What a backup holds, as far as Cairn can tell without a passphrase it has not been given. */
export function describeBackupContents(backup: Backup): string {
  if (backup.entries !== null) return backup.entries === 1 ? '1 entry' : `${backup.entries.toLocaleString()} entries`;
  return backup.encrypted ? 'encrypted; its passphrase is needed to count the entries' : 'cannot be read';
}

const operations: Record<InterruptedOperation['operation'], string> = {
  set: 'setting a passphrase',
  change: 'changing the passphrase',
  remove: 'removing the passphrase',
};

/** Which state a crash during a passphrase operation left the journal in, with every entry either way. */
export function describeInterrupted(interrupted: InterruptedOperation): string {
  const before = interrupted.outcome === 'undone';
  const result =
    interrupted.operation === 'set'
      ? before ? 'the journal has no passphrase yet' : 'the journal and its backups are encrypted with the new passphrase'
      : interrupted.operation === 'remove'
        ? before ? 'the journal still opens with its passphrase' : 'the journal and its backups are no longer encrypted'
        : before ? 'the journal still opens with the old passphrase' : 'the journal and its backups now use the new passphrase';
  return `Cairn stopped while ${operations[interrupted.operation]}. Nothing was lost: ${result}.`;
}

/** The restore confirmation's question, naming the backup, so the person knows which one they are about to restore. */
export function restoreQuestion(backup: Backup | null): string {
  return backup ? `Restore the backup from ${formatDateTime(backup.createdAt)}?` : 'Restore this backup?';
}

const kinds: Record<Backup['reason'], string> = {
  daily: 'A daily backup',
  manual: 'A backup you made',
  'pre-migration': 'The backup made before an update',
  'pre-restore': 'The journal an earlier restore replaced',
};

/** What the chosen backup is, said first in the confirmation. */
export function restoreSummary(backup: Backup | null): string {
  return backup ? `${kinds[backup.reason]}: ${describeBackupContents(backup)}.` : '';
}
