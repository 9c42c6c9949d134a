// Settings → Backups: the automatic backups, how many to keep, backing up now, and restoring one after a full check.
import { useCallback, useEffect, useState } from 'react';
import type { Backup } from '../../../shared/domain/security';
import { api } from '../../app/client';
import { SaveStatus } from '../../app/saver/SaveStatus';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { describeBackupReason, formatBackupTime, formatSize, restoreQuestion, restoreSummary } from '../security/backupText';
import { useSecurity } from '../security/securityStore';
import { useErrors } from '../shell/errorStore';
import '../security/security.css';
import { useNumberSetting } from './useNumberSetting';

export function BackupSettings() {
  const restore = useSecurity((state) => state.restore);
  const [backups, setBackups] = useState<Backup[] | null>(null);
  const keep = useNumberSetting('backups.keep', 'Keep between 1 and 100 backups.');
  const [pending, setPending] = useState<Backup | null>(null);
  const [note, setNote] = useState<string | null>(null);

  const load = useCallback(
    () =>
      api()['backups.list']({}).then(setBackups, (error: unknown) =>
        useErrors.getState().report('Could not list the backups', error),
      ),
    [],
  );

  useEffect(() => {
    void load();
  }, [load]);

  async function backUpNow() {
    try {
      const made = await api()['backups.create']({});
      setNote(`Backed up at ${formatBackupTime(made.createdAt)}.`);
      await load();
    } catch (error) {
      useErrors.getState().report('The backup was not made', error);
    }
  }

  async function confirmRestore() {
    const backup = pending;
    setPending(null);
    if (!backup) return;
    try {
      await restore(backup.name);
      setNote(`Restored the backup from ${formatBackupTime(backup.createdAt)}. The journal it replaced was kept as a backup.`);
      await load();
    } catch (error) {
      useErrors.getState().report('The backup was not restored', error);
    }
  }

  return (
    <section className="card" aria-labelledby="backups-heading">
      <h2 id="backups-heading">Backups</h2>
      <p>
        Cairn backs up the journal once a day while it runs, and before every update to its format. Backups stay
        encrypted when the journal is. They live in the <code>backups</code> folder inside the data folder.
      </p>
      <div className="settings-row">
        <button type="button" className="button" onClick={() => void backUpNow()}>
          Back up now
        </button>
        <label className="field field-inline">
          Keep
          <input
            className="number-input"
            type="number"
            min={1}
            max={100}
            value={keep.text}
            aria-invalid={keep.problem !== null}
            onChange={(event) => keep.change(event.target.value)}
            onBlur={() => void keep.flush()}
          />
          of each kind
        </label>
        {keep.problem ? <span className="form-error">{keep.problem}</span> : <SaveStatus status={keep.status} onDiscard={keep.discard} />}
      </div>
      {note && (
        <p className="form-note" role="status">
          {note}
        </p>
      )}
      {backups && backups.length === 0 && <p className="muted">No backups yet.</p>}
      {backups && backups.length > 0 && (
        <ul className="backup-list" aria-label="Backups, newest first">
          {backups.map((backup) => (
            <li key={backup.name} className="backup-item">
              <span>
                {formatBackupTime(backup.createdAt)}{' '}
                <span className="backup-item-reason">
                  · {describeBackupReason(backup.reason)} · {formatSize(backup.sizeBytes)}
                </span>
              </span>
              <button type="button" className="button button-quiet" onClick={() => setPending(backup)}>
                Restore…
              </button>
            </li>
          ))}
        </ul>
      )}
      <ConfirmDialog
        open={pending !== null}
        title={restoreQuestion(pending)}
        message={`${restoreSummary(pending)} Cairn checks the backup first. The journal as it is now is kept as a backup, so you can go back.`}
        confirmLabel="Restore"
        onConfirm={() => void confirmRestore()}
        onCancel={() => setPending(null)}
      />
    </section>
  );
}
