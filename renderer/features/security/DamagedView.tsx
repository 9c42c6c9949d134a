// Shown instead of the app when the journal file cannot be used: says what is wrong, writes nothing to it, and offers the backups.
import { useState } from 'react';
import type { ProblemKind, SecurityStatus } from '../../../shared/domain/security';
import { CairnMark } from '../../ui/CairnMark';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { saveFile } from '../../ui/saveFile';
import { RestoreChooser } from './RestoreChooser';
import { strandedFile, strandedLabel, wordsWorthKeeping } from './strandedText';
import { useSecurity } from './securityStore';
import './security.css';

const headings: Record<ProblemKind, string> = {
  damaged: 'Your journal file is damaged',
  missing: 'Your journal file is missing',
  empty: 'Your journal file is empty',
  foreign: 'This is not a Cairn journal',
};

const explanations: Record<ProblemKind, string> = {
  damaged: 'Cairn has not changed it and will not write to it.',
  missing: 'The backups are still there. Cairn has not started a new journal in its place.',
  empty: 'It holds no entries, but the backups do. Cairn has not started a new journal in its place.',
  foreign: 'The file where your journal should be is a database from another program. Cairn has not changed it and will not use it.',
};

export function DamagedView({ status }: { status: SecurityStatus }) {
  const startNew = useSecurity((state) => state.startNew);
  const stranded = wordsWorthKeeping(useSecurity((state) => state.stranded));
  const [confirmingNew, setConfirmingNew] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const kind = status.problemKind ?? 'damaged';
  const canStartNew = kind === 'missing' || kind === 'empty';

  async function startFresh() {
    setConfirmingNew(false);
    try {
      await startNew();
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
        <h1 id="damaged-heading">{headings[kind]}</h1>
        <p>
          {explanations[kind]} {kind === 'damaged' && <>What the check found: {status.problem}</>}
        </p>
        {stranded.length > 0 && (
          <section className="stranded" aria-labelledby="stranded-heading">
            <h2 id="stranded-heading">Words not yet saved</h2>
            <p>
              You typed these after the last save, and the damaged file could not take them. Copy them or save them as a
              file before you restore, then add them back.
            </p>
            {stranded.map(({ key, text }) => (
              <label key={key} className="field">
                <span>{strandedLabel(key)}</span>
                <textarea dir="auto" readOnly rows={Math.min(8, text.split('\n').length + 1)} value={text} />
              </label>
            ))}
            <div className="gate-actions">
              <button type="button" className="button" onClick={() => saveFile(strandedFile(stranded), 'Cairn - words not saved.txt', 'text/plain')}>
                Save them as a text file
              </button>
            </div>
          </section>
        )}
        <p>Choose a backup to restore. Restoring keeps the current file in the backups folder too, so nothing is thrown away.</p>
        <RestoreChooser suggested={status.suggestedBackup} />
        {canStartNew && (
          <div className="gate-actions">
            <button type="button" className="button button-quiet" onClick={() => setConfirmingNew(true)}>
              Start a new journal instead
            </button>
          </div>
        )}
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
      </section>
      <ConfirmDialog
        open={confirmingNew}
        title="Start a new, empty journal?"
        message="The backups stay in the backups folder, and you can restore one later from Settings. Daily backups of the new journal will be added beside them."
        confirmLabel="Start a new journal"
        onConfirm={() => void startFresh()}
        onCancel={() => setConfirmingNew(false)}
      />
    </main>
  );
}
