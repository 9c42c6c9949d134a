// Starts a new experiment as an idea: a title and a kind (and any values it tests), then its page opens for the rest.
import type { Experiment } from '../../../shared/domain/experiment';
import { SaveStatus } from '../../app/saver/SaveStatus';
import { useDraft } from '../../app/saver/useDraft';
import { useErrors } from '../shell/errorStore';
import { KindSelect } from './KindSelect';
import { useExperiments } from './experimentsStore';
import { useModal } from '../../ui/useModal';

interface NewExperimentDialogProps {
  open: boolean;
  /** Values the experiment will test from the start (when planned from a "what next" suggestion). */
  valueIds: string[];
  onClose(): void;
}

const NEW_EXPERIMENT = { title: '', kind: 'networking' as Experiment['kind'] };

export function NewExperimentDialog({ open, valueIds, onClose }: NewExperimentDialogProps) {
  const ref = useModal(open);
  const values = useExperiments((state) => state.values);
  const testing = values.filter((v) => valueIds.includes(v.id)).map((v) => v.label);
  // Kept by the core while the dialog is closed, so Cancel, a reload or a crash never throws the words away.
  const draft = useDraft<{ title: string; kind: Experiment['kind'] }>('new-experiment', NEW_EXPERIMENT, {
    onFirstFailure: (error) => useErrors.getState().report('Could not keep the new experiment’s draft', error),
  });
  const { title, kind } = draft.fields;
  const close = onClose;

  return (
    <dialog
      ref={ref}
      className="dialog experiment-dialog"
      aria-labelledby="new-experiment-title"
      onCancel={(event) => {
        event.preventDefault();
        close();
      }}
    >
      <form
        className="dialog-form"
        onSubmit={async (event) => {
          event.preventDefault();
          if (!title.trim()) return;
          const created = await useExperiments.getState().create(title.trim(), kind, valueIds);
          if (created) {
            // Closed before its page opens, so the dialog hands focus back first and the page can then take it.
            ref.current?.close();
            useExperiments.getState().select(created.id);
            close();
            await draft.discard();
          }
        }}
      >
        <h2 id="new-experiment-title">New experiment</h2>
        <p className="muted">
          It starts as an idea{testing.length > 0 && `, testing ${testing.join(', ')}`}. Write the hypothesis and criteria before you begin.
        </p>
        <label className="field">
          <span>Title</span>
          <input
            dir="auto"
            autoFocus
            required
            maxLength={300}
            value={title}
            onChange={(event) => draft.edit({ title: event.target.value })}
            onBlur={() => void draft.flush()}
          />
        </label>
        <KindSelect value={kind} onChange={(next) => draft.edit({ kind: next })} />
        <div className="dialog-actions">
          {draft.kept && <SaveStatus status={draft.status} className="dialog-save-status" />}
          {draft.kept && (
            <button type="button" className="button button-quiet" onClick={() => void draft.discard()}>
              Discard draft
            </button>
          )}
          <button type="button" className="button" onClick={close}>
            Cancel
          </button>
          <button type="submit" className="button button-primary">
            Add idea
          </button>
        </div>
      </form>
    </dialog>
  );
}
