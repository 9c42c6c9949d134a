// Settings → Sync while it is off: start a sync folder or join one, with this computer's name and the sync passphrase;
// the folder and name are a draft kept as typed (never the passphrase), and the first sync shows its progress.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { syncPhaseLabels, type Progress } from '../../../shared/progress';
import { api } from '../../app/client';
import { ApiError } from '../../app/api';
import { useDraft } from '../../app/saver/useDraft';
import { ProgressBar } from '../../ui/ProgressBar';
import { useErrors } from '../shell/errorStore';
import '../security/security.css';
import './sync.css';
import { useSync } from './syncStore';
import { defaultDeviceName, fieldForRefusal, setUpProblems, type SyncField, type SyncFieldProblems, type SyncMode } from './syncText';

function FieldProblem({ id, problem }: { id: string; problem: string | undefined }) {
  if (!problem) return null;
  return (
    <p className="form-error" id={id} role="alert">
      {problem}
    </p>
  );
}

export function SyncSetUpForm() {
  const ids = useId();
  const draft = useDraft<{ mode: string; folder: string; deviceName: string }>(
    'sync-set-up',
    { mode: 'start', folder: '', deviceName: defaultDeviceName(typeof navigator === 'undefined' ? '' : navigator.platform) },
    { onFirstFailure: (error) => useErrors.getState().report('What you typed for sync was not kept', error) },
  );
  const mode: SyncMode = draft.fields.mode === 'join' ? 'join' : 'start';
  const [secret, setSecret] = useState({ passphrase: '', repeat: '' });
  const [problems, setProblems] = useState<SyncFieldProblems>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [busy, setBusy] = useState(false);
  const setUp = useSync((state) => state.setUp);
  const chooseNatively = api().chooseFolderNatively;
  // The folder is a path field in browser mode and a button opening the native dialog in the desktop app.
  const folderField = useRef<HTMLInputElement & HTMLButtonElement>(null);
  const nameField = useRef<HTMLInputElement>(null);
  const passphraseField = useRef<HTMLInputElement>(null);

  const edit = (patch: Partial<{ mode: string; folder: string; deviceName: string }>) => {
    draft.edit(patch);
    setProblems({});
    setFailure(null);
  };
  // The field a problem belongs to takes the focus once it shows (fields are disabled while the core works).
  const focusWanted = useRef<SyncField | null>(null);
  useEffect(() => {
    if (busy || !focusWanted.current) return;
    ({ folder: folderField, deviceName: nameField, passphrase: passphraseField })[focusWanted.current].current?.focus();
    focusWanted.current = null;
  }, [busy, problems]);
  const focusFirst = (found: SyncFieldProblems) => {
    focusWanted.current = (['folder', 'deviceName', 'passphrase'] as const).find((field) => found[field]) ?? null;
  };

  async function chooseFolder() {
    if (!chooseNatively) return;
    try {
      const chosen = await chooseNatively({ purpose: 'sync' });
      if (chosen) edit({ folder: chosen });
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const fields = { folder: draft.fields.folder, deviceName: draft.fields.deviceName, ...secret };
    const found = setUpProblems(mode, fields);
    setProblems(found);
    setFailure(null);
    if (Object.keys(found).length > 0) {
      focusFirst(found);
      return;
    }
    const jobId = crypto.randomUUID();
    setBusy(true);
    setProgress(null);
    const stopFollowing = api().on('core:progress', (event) => {
      if (event.jobId === jobId) setProgress(event);
    });
    try {
      await setUp({ mode, folder: fields.folder.trim(), deviceName: fields.deviceName, passphrase: fields.passphrase, jobId });
      await draft.discard();
    } catch (error) {
      const code = error instanceof ApiError ? error.code : 'INTERNAL';
      const message = error instanceof Error ? error.message : String(error);
      const field: SyncField | null = fieldForRefusal(code);
      if (field) {
        setProblems({ [field]: message });
        // A wrong passphrase is typed again from the start; everything else stays as it was typed.
        if (field === 'passphrase') setSecret({ passphrase: '', repeat: '' });
        focusFirst({ [field]: message });
      } else {
        setFailure(message);
      }
    } finally {
      stopFollowing();
      setBusy(false);
      setProgress(null);
    }
  }

  const described = (field: SyncField, hint?: string) => [problems[field] ? `${ids}-${field}-problem` : '', hint ?? ''].filter(Boolean).join(' ') || undefined;

  return (
    <>
      <p>
        Sync keeps your journal the same on each computer you use, through a folder another tool already keeps in step
        (Syncthing, Dropbox, iCloud Drive, OneDrive or Nextcloud). Everything Cairn puts in that folder is encrypted with a
        sync passphrase, and the journal itself never goes in it.
      </p>
      <form className="settings-form sync-form" aria-label="Set up sync" onSubmit={(event) => void submit(event)} noValidate>
        <fieldset className="sync-modes" disabled={busy}>
          <legend>How to begin</legend>
          <label className="sync-mode">
            <input type="radio" name="sync-mode" value="start" checked={mode === 'start'} onChange={() => edit({ mode: 'start' })} />
            Start syncing from this computer
          </label>
          <label className="sync-mode">
            <input type="radio" name="sync-mode" value="join" checked={mode === 'join'} onChange={() => edit({ mode: 'join' })} />
            Join a sync folder another computer made
          </label>
        </fieldset>

        {chooseNatively ? (
          <div className="field">
            <span id={`${ids}-folder-label`}>Sync folder</span>
            <div className="sync-folder-choice">
              <code id={`${ids}-folder-value`}>{draft.fields.folder || 'No folder chosen yet'}</code>
              <button
                type="button"
                className="button"
                ref={folderField}
                disabled={busy}
                aria-describedby={[`${ids}-folder-value`, described('folder')].filter(Boolean).join(' ')}
                onClick={() => void chooseFolder()}
              >
                Choose folder…
              </button>
            </div>
          </div>
        ) : (
          <label className="field">
            Sync folder (its whole path)
            <input
              ref={folderField}
              value={draft.fields.folder}
              placeholder="/home/you/Sync"
              spellCheck={false}
              disabled={busy}
              aria-invalid={problems.folder ? true : undefined}
              aria-describedby={described('folder', `${ids}-folder-hint`)}
              onChange={(event) => edit({ folder: event.target.value })}
            />
          </label>
        )}
        {!chooseNatively && (
          <span className="muted" id={`${ids}-folder-hint`}>
            {mode === 'start'
              ? 'A folder your sync tool keeps in step; Cairn adds a cairn-sync folder inside it.'
              : 'The folder your other computer syncs through (it holds a cairn-sync folder).'}
          </span>
        )}
        <FieldProblem id={`${ids}-folder-problem`} problem={problems.folder} />

        <label className="field">
          This computer’s name
          <input
            ref={nameField}
            value={draft.fields.deviceName}
            maxLength={100}
            disabled={busy}
            aria-invalid={problems.deviceName ? true : undefined}
            aria-describedby={described('deviceName')}
            onChange={(event) => edit({ deviceName: event.target.value })}
          />
        </label>
        <FieldProblem id={`${ids}-deviceName-problem`} problem={problems.deviceName} />

        <label className="field">
          Sync passphrase
          <input
            ref={passphraseField}
            type="password"
            autoComplete={mode === 'start' ? 'new-password' : 'current-password'}
            value={secret.passphrase}
            disabled={busy}
            aria-invalid={problems.passphrase ? true : undefined}
            aria-describedby={described('passphrase', `${ids}-passphrase-hint`)}
            onChange={(event) => {
              setSecret((typed) => ({ ...typed, passphrase: event.target.value }));
              setProblems({});
            }}
          />
        </label>
        <span className="muted" id={`${ids}-passphrase-hint`}>
          {mode === 'start'
            ? 'At least 8 characters, entered on each computer that joins. Cairn never stores it, and it cannot be recovered.'
            : 'The one chosen on the computer that started syncing.'}
        </span>
        {mode === 'start' && (
          <label className="field">
            Sync passphrase again
            <input
              type="password"
              autoComplete="new-password"
              value={secret.repeat}
              disabled={busy}
              onChange={(event) => {
                setSecret((typed) => ({ ...typed, repeat: event.target.value }));
                setProblems({});
              }}
            />
          </label>
        )}
        <FieldProblem id={`${ids}-passphrase-problem`} problem={problems.passphrase} />

        {failure && (
          <p className="form-error" role="alert">
            {failure}
          </p>
        )}
        {busy &&
          (progress ? (
            <ProgressBar progress={progress} label="First sync progress" phaseLabels={syncPhaseLabels} />
          ) : (
            <p className="form-note" role="status">
              Opening the sync folder…
            </p>
          ))}
        <div className="settings-row">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? 'Syncing…' : mode === 'start' ? 'Start syncing' : 'Join and sync'}
          </button>
          {draft.kept && !busy && (
            <button
              type="button"
              className="button button-quiet"
              onClick={() => {
                setSecret({ passphrase: '', repeat: '' });
                setProblems({});
                setFailure(null);
                void draft.discard();
              }}
            >
              Clear the form
            </button>
          )}
        </div>
      </form>
    </>
  );
}
