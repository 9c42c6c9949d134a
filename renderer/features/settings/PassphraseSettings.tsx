// Settings → Passphrase: lock the journal with a passphrase, change or remove it, lock now, and auto-lock when idle.
import { useState, type FormEvent } from 'react';
import { api } from '../../app/client';
import { SaveStatus } from '../../app/saver/SaveStatus';
import { describeInterrupted } from '../security/backupText';
import { passphraseProblem, type PassphraseMode as Mode } from '../security/passphraseRules';
import { useSecurity } from '../security/securityStore';
import '../security/security.css';
import { useNumberSetting } from './useNumberSetting';

function PassphraseForm({ mode, onDone }: { mode: Mode; onDone(message: string): void }) {
  const [fields, setFields] = useState({ current: '', next: '', repeat: '' });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const refresh = useSecurity((state) => state.refresh);
  const update = (key: keyof typeof fields) => (event: { target: { value: string } }) =>
    setFields((previous) => ({ ...previous, [key]: event.target.value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problem = passphraseProblem(mode, fields);
    if (problem) {
      setError(problem);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      if (mode === 'set') await api()['security.setPassphrase']({ passphrase: fields.next });
      if (mode === 'change') await api()['security.changePassphrase']({ current: fields.current, next: fields.next });
      if (mode === 'remove') await api()['security.removePassphrase']({ current: fields.current });
      await refresh();
      setFields({ current: '', next: '', repeat: '' });
      onDone(
        mode === 'set'
          ? 'Your journal and its backups are now encrypted.'
          : mode === 'change'
            ? 'Passphrase changed; backups now use it too.'
            : 'Passphrase removed; the journal and its backups are no longer encrypted.',
      );
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  }

  const label = mode === 'set' ? 'Lock with this passphrase' : mode === 'change' ? 'Change passphrase' : 'Remove passphrase';
  return (
    <form className="settings-form" onSubmit={(event) => void submit(event)}>
      {mode !== 'set' && (
        <label className="field">
          Current passphrase
          <input type="password" autoComplete="current-password" value={fields.current} onChange={update('current')} />
        </label>
      )}
      {mode !== 'remove' && (
        <>
          <label className="field">
            New passphrase
            <input type="password" autoComplete="new-password" value={fields.next} onChange={update('next')} />
          </label>
          <label className="field">
            New passphrase again
            <input type="password" autoComplete="new-password" value={fields.repeat} onChange={update('repeat')} />
          </label>
        </>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div>
        <button type="submit" className={mode === 'remove' ? 'button button-danger' : 'button button-primary'} disabled={busy}>
          {busy ? 'Working…' : label}
        </button>
      </div>
    </form>
  );
}

function AutoLockField() {
  const refresh = useSecurity((state) => state.refresh);
  const minutes = useNumberSetting('security.autoLockMinutes', 'Use a number of minutes from 0 (never) to 1440.', refresh);

  return (
    <div className="settings-row">
      <label className="field field-inline">
        Lock after
        <input
          className="number-input"
          type="number"
          min={0}
          max={1440}
          value={minutes.text}
          aria-invalid={minutes.problem !== null}
          onChange={(event) => minutes.change(event.target.value)}
          onBlur={() => void minutes.flush()}
        />
        idle minutes (0 = never)
      </label>
      {minutes.problem ? (
        <p className="form-error" role="alert">
          {minutes.problem}
        </p>
      ) : (
        <SaveStatus status={minutes.status} onDiscard={minutes.discard} />
      )}
    </div>
  );
}

export function PassphraseSettings() {
  const status = useSecurity((state) => state.status);
  const lock = useSecurity((state) => state.lock);
  const [mode, setMode] = useState<Mode | null>(null);
  const [note, setNote] = useState<string | null>(null);
  if (!status) return null;

  const done = (message: string) => {
    setMode(null);
    setNote(message);
  };

  return (
    <section className="card" aria-labelledby="passphrase-heading">
      <h2 id="passphrase-heading">Passphrase</h2>
      {(status.interrupted || status.notice) && (
        <p className="form-note" role="status">
          {status.interrupted && describeInterrupted(status.interrupted)} {status.notice}
        </p>
      )}
      {status.encrypted ? (
        <>
          <p>
            Your journal and its backups are encrypted. Cairn asks for the passphrase each time it starts and never stores it.
          </p>
          <div className="settings-row">
            <button type="button" className="button" onClick={() => void lock()}>
              Lock now
            </button>
            <button type="button" className="button" onClick={() => setMode(mode === 'change' ? null : 'change')}>
              Change passphrase
            </button>
            <button type="button" className="button button-quiet" onClick={() => setMode(mode === 'remove' ? null : 'remove')}>
              Remove passphrase
            </button>
          </div>
          {mode && <PassphraseForm key={mode} mode={mode} onDone={done} />}
          <AutoLockField />
        </>
      ) : (
        <>
          <p>
            Lock with a passphrase to encrypt the journal file and every backup on this computer. If you forget the
            passphrase, nobody can open the journal, not even Cairn.
          </p>
          {mode === 'set' ? (
            <PassphraseForm mode="set" onDone={done} />
          ) : (
            <div className="settings-row">
              <button type="button" className="button button-primary" onClick={() => setMode('set')}>
                Lock with a passphrase
              </button>
            </div>
          )}
        </>
      )}
      {note && (
        <p className="form-note" role="status">
          {note}
        </p>
      )}
    </section>
  );
}
