// "Save a version": a modal asking what changed and why, then freezing the strategy as an immutable version. The note
// is a draft kept by the core: Cancel, a reload or a crash keep it (a learning carried from an experiment too) until
// the version is saved or the person discards it.
import { useEffect, useId, useRef, useState } from 'react';
import { SaveStatus } from '../../app/saver/SaveStatus';
import { useDraft } from '../../app/saver/useDraft';
import { useErrors } from '../shell/errorStore';
import type { StrategyVersion } from '../../../shared/domain/strategy';
import type { DraftDifferences } from '../../../shared/domain/versions/checkIn';
import { describeDifferences } from './versionText';
import { useVersions } from './versionsStore';

interface CheckInDialogProps {
  open: boolean;
  /** Pre-filled note, e.g. from an experiment that just concluded; added to any note already drafted. */
  initialNote: string;
  /** What differs from the last version, shown as a reminder; null when not known. */
  differences: DraftDifferences | null;
  onClose(saved: StrategyVersion | null): void;
}

const NO_NOTE = { note: '' };

export function CheckInDialog({ open, initialNote, differences, onClose }: CheckInDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const draft = useDraft('check-in', NO_NOTE, {
    onFirstFailure: (error) => useErrors.getState().report('Could not keep your check-in note', error),
  });
  const note = draft.fields.note;
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const titleId = useId();
  const hintId = useId();
  const problemId = useId();

  const { loaded, edit } = draft;
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      setProblem(null);
      dialog.showModal();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);

  // The pre-filled words join the draft once it has been read, so neither replaces the other.
  const prefilled = useRef<string | null>(null);
  useEffect(() => {
    if (!open) prefilled.current = null;
    if (!open || !loaded || prefilled.current === initialNote) return;
    prefilled.current = initialNote;
    const carried = initialNote.trim();
    if (carried && !note.includes(carried)) edit({ note: note.trim() ? `${note.trimEnd()}\n\n${carried}` : carried });
  }, [open, loaded, initialNote, note, edit]);

  async function save() {
    if (note.trim() === '') {
      setProblem('Write a line on what changed and why: future you will want to know.');
      return;
    }
    setSaving(true);
    try {
      const version = await useVersions.getState().checkIn(note.trim());
      await draft.discard();
      onClose(version);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setSaving(false);
    }
  }

  const changed = differences ? describeDifferences(differences) : null;

  return (
    <dialog
      ref={ref}
      className="dialog check-in-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose(null);
      }}
    >
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <h2 id={titleId}>Save a version</h2>
        <p id={hintId} className="muted">
          Freezes your aspiration, values and Venn diagram as they are now. {changed ? `Changed since the last version: ${changed}.` : ''}
        </p>
        <label className="field">
          What changed, and why?
          <textarea
            dir="auto"
            className="check-in-note"
            rows={4}
            value={note}
            aria-required="true"
            aria-invalid={problem !== null}
            aria-describedby={problem ? `${hintId} ${problemId}` : hintId}
            autoFocus
            onChange={(event) => {
              draft.edit({ note: event.target.value });
              setProblem(null);
            }}
            onBlur={() => void draft.flush()}
          />
        </label>
        {problem && (
          <p id={problemId} className="form-problem" role="alert">
            {problem}
          </p>
        )}
        <div className="dialog-actions">
          {draft.kept && <SaveStatus status={draft.status} className="dialog-save-status" />}
          {note && (
            <button type="button" className="button button-quiet" onClick={() => void draft.discard()}>
              Discard note
            </button>
          )}
          <button type="button" className="button" onClick={() => onClose(null)}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={saving}>
            {saving ? 'Saving…' : 'Save version'}
          </button>
        </div>
      </form>
    </dialog>
  );
}
