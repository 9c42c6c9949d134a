// Shown instead of the app while the journal is locked: one passphrase field, a clear message when it is wrong, and the backups.
import { useState, type FormEvent } from 'react';
import { CairnMark } from '../../ui/CairnMark';
import { describeInterrupted } from './backupText';
import { RestoreChooser } from './RestoreChooser';
import { useSecurity } from './securityStore';
import './security.css';

export function UnlockView() {
  const unlock = useSecurity((state) => state.unlock);
  const interrupted = useSecurity((state) => state.status?.interrupted ?? null);
  const [restoring, setRestoring] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await unlock(passphrase);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
      setBusy(false);
    }
  }

  return (
    <main className="gate" aria-labelledby="unlock-heading">
      <section className="card gate-card">
        <div className="brand">
          <CairnMark />
          <span className="brand-name">Cairn</span>
        </div>
        <h1 id="unlock-heading">Your journal is locked</h1>
        <p className="muted">Enter the passphrase you chose. Cairn never stores it, so it cannot be recovered if lost.</p>
        {interrupted && (
          <p className="gate-notice" role="status">
            {describeInterrupted(interrupted)}
          </p>
        )}
        <form className="gate-form" onSubmit={(event) => void submit(event)}>
          <label className="field">
            Passphrase
            <input
              dir="auto"
              type="password"
              autoComplete="current-password"
              autoFocus
              value={passphrase}
              onChange={(event) => setPassphrase(event.target.value)}
              aria-invalid={error !== null}
              aria-describedby={error ? 'unlock-error' : undefined}
            />
          </label>
          {error && (
            <p id="unlock-error" className="form-error" role="alert">
              {error}
            </p>
          )}
          <div className="gate-actions">
            <button type="submit" className="button button-primary" disabled={busy || passphrase.length === 0}>
              {busy ? 'Unlocking…' : 'Unlock'}
            </button>
          </div>
        </form>
        {restoring ? (
          <RestoreChooser suggested={null} />
        ) : (
          <div className="gate-actions">
            <button type="button" className="button button-quiet" onClick={() => setRestoring(true)}>
              Restore a backup instead…
            </button>
          </div>
        )}
      </section>
    </main>
  );
}
