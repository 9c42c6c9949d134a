// Lists every backup with when it was taken and how many entries it holds, and restores the one chosen (asking an encrypted one's passphrase).
import { useEffect, useState, type FormEvent } from 'react';
import type { Backup } from '../../../shared/domain/security';
import { api } from '../../app/client';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { describeBackupContents, describeBackupReason, formatBackupTime, restoreQuestion, restoreSummary } from './backupText';
import { useSecurity } from './securityStore';
import './security.css';

export function RestoreChooser({ suggested }: { suggested: Backup | null }) {
  const restore = useSecurity((state) => state.restore);
  const [backups, setBackups] = useState<Backup[] | null>(null);
  const [chosen, setChosen] = useState<string | null>(suggested?.name ?? null);
  const [passphrase, setPassphrase] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    const listing = api()['backups.list']({});
    listing
      .then((listed) => live && setBackups(listed))
      .catch((failure: unknown) => live && setError(failure instanceof Error ? failure.message : String(failure)));
    return () => {
      live = false;
    };
  }, []);

  const backup = backups?.find((candidate) => candidate.name === chosen) ?? null;
  const needsPassphrase = backup !== null && backup.encrypted && backup.entries === null;

  function ask(event: FormEvent) {
    event.preventDefault();
    if (backup) setConfirming(true);
  }

  async function confirmed() {
    setConfirming(false);
    if (!backup) return;
    setError(null);
    try {
      await restore(backup.name, needsPassphrase ? passphrase : undefined);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  }

  if (backups === null) return error ? <p className="form-error" role="alert">{error}</p> : <p className="muted">Looking for backups…</p>;
  if (backups.length === 0) {
    return <p>There are no backups. Quit Cairn and copy the data folder somewhere safe before trying anything else.</p>;
  }
  return (
    <form className="gate-form" onSubmit={ask}>
      <fieldset className="backup-choices">
        <legend>Backups, newest first</legend>
        {backups.map((candidate) => (
          <label key={candidate.name} className="backup-item backup-choice">
            <input type="radio" name="backup" value={candidate.name} checked={chosen === candidate.name} onChange={() => setChosen(candidate.name)} />
            <span>
              {formatBackupTime(candidate.createdAt)}
              {candidate.name === suggested?.name && <strong> · newest that passes a full check</strong>}
              <span className="backup-item-reason">
                {' '}
                · {describeBackupReason(candidate.reason)} · {describeBackupContents(candidate)}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      {needsPassphrase && (
        <label className="field">
          Passphrase this backup was made with
          <input type="password" autoComplete="current-password" value={passphrase} onChange={(event) => setPassphrase(event.target.value)} />
        </label>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="gate-actions">
        <button type="submit" className="button button-primary" disabled={!backup || (needsPassphrase && passphrase.length === 0)}>
          Restore this backup
        </button>
      </div>
      <ConfirmDialog
        open={confirming}
        title={restoreQuestion(backup)}
        message={`${restoreSummary(backup)} Entries written after this backup was made will not be in the restored journal. The file it replaces is kept in the backups folder, with its side files, so nothing is thrown away.`}
        confirmLabel="Restore"
        onConfirm={() => void confirmed()}
        onCancel={() => setConfirming(false)}
      />
    </form>
  );
}
