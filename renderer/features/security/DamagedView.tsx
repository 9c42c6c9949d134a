// Shown instead of the app when the journal file cannot be used: says what is wrong, writes nothing to it, and offers the backups.
import { useState } from 'react';
import type { ProblemKind, SecurityStatus } from '../../../shared/domain/security';
import { CairnMark } from '../../ui/CairnMark';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { RestoreChooser } from './RestoreChooser';
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
