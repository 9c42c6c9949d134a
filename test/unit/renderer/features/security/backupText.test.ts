// The restore confirmation names the backup it restores and says what it is, so nobody restores the wrong one.
import { describe, expect, it } from 'vitest';
import type { Backup } from '../../../../../shared/domain/security';
import { formatBackupTime, restoreQuestion, restoreSummary } from '../../../../../renderer/features/security/backupText';

const backup: Backup = {
  name: 'cairn-2026-12-06T150000Z-daily.db',
  createdAt: '2026-12-06T15:00:00.000Z',
  reason: 'daily',
  sizeBytes: 4096,
  encrypted: false,
  entries: 12,
};

describe('the restore confirmation', () => {
  it('asks about the backup by its time, and says what it holds', () => {
    expect(restoreQuestion(backup)).toBe(`Restore the backup from ${formatBackupTime(backup.createdAt)}?`);
    expect(restoreSummary(backup)).toBe('A daily backup: 12 entries.');
    expect(restoreSummary({ ...backup, reason: 'manual', encrypted: true, entries: null })).toBe(
      'A backup you made: encrypted; its passphrase is needed to count the entries.',
    );
  });
});
