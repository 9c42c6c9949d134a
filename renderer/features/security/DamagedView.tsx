// Shown instead of the app when the journal file is damaged: nothing is written to it; the newest good backup is offered.
import { useState } from 'react';
import type { SecurityStatus } from '../../../shared/domain/security';
import { CairnMark } from '../../ui/CairnMark';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { formatBackupTime } from './backupText';
import { useSecurity } from './securityStore';
import './security.css';

export function DamagedView({ status }: { status: SecurityStatus }) {
  const restore = useSecurity((state) => state.restore);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const backup = status.suggestedBackup;

  async function restoreSuggested() {
    setConfirming(false);
    if (!backup) return;
    try {
      await restore(backup.name);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  }

  return (
    <main className="gate" aria-labelledby="damaged-heading">
      <section className="card gate-card">
        <div className="brand">
          <CairnMark />
          <span className="brand-name">Cairn</span>
        </div>
        <h1 id="damaged-heading">Your journal file is damaged</h1>
        <p>Cairn has not changed it and will not write to it. What the check found: {status.problem}</p>
        {backup ? (
          <>
            <p>
              The newest backup that passes a full check is from <strong>{formatBackupTime(backup.createdAt)}</strong>. Restoring
              it keeps the damaged file in the backups folder too, so nothing is thrown away.
            </p>
            <div className="gate-actions">
              <button type="button" className="button button-primary" onClick={() => setConfirming(true)}>
                Restore this backup
              </button>
            </div>
          </>
        ) : (
          <p>No backup passes a full check. Quit Cairn and copy the data folder somewhere safe before trying anything else.</p>
        )}
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
      </section>
      <ConfirmDialog
        open={confirming}
        title="Restore the backup?"
        message="Entries written after this backup was made will not be in the restored journal. The damaged file is kept in the backups folder."
        confirmLabel="Restore"
        onConfirm={() => void restoreSuggested()}
        onCancel={() => setConfirming(false)}
      />
    </main>
  );
}
