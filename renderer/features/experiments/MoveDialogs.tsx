// The words a move needs: concluding asks for outcome and learning (then offers a strategy check-in); dropping asks why.
// Those words, the end date and the ratings are the experiment's own fields and save onto it as typed, so Cancel or a
// closed window keeps them.
import { useState } from 'react';
import { localCalendarDate } from '../../../shared/domain/dates';
import type { Experiment } from '../../../shared/domain/experiment';
import { SaveStatus } from '../../app/saver/SaveStatus';
import type { AutosaveStatus } from '../../app/saver/autosave';
import { useSaver } from '../../app/saver/useSaver';
import { useErrors } from '../shell/errorStore';
import { useNavigation } from '../shell/navigationStore';
import { RatingSelect } from './RatingSelect';
import { useExperiments, type ExperimentChange } from './experimentsStore';
import { useModal } from '../../ui/useModal';

export function MoveDialogs() {
  const pendingMove = useExperiments((state) => state.pendingMove);
  const experiment = useExperiments((state) => state.items.find((e) => e.id === pendingMove?.id));
  if (!pendingMove || !experiment) return null;
  return pendingMove.to === 'concluded' ? (
    <ConcludeDialog key={experiment.id} experiment={experiment} />
  ) : (
    <DropDialog key={experiment.id} experiment={experiment} />
  );
}

/** Saves the dialog's words onto the experiment as they are typed, through the experiment's own saver key. */
function useWordsSaver(experiment: Experiment, onRestore?: (edits: Partial<Experiment>) => void) {
  return useSaver<ExperimentChange>(`experiment:${experiment.id}`, (change) => useExperiments.getState().save(experiment.id, change), {
    onFirstFailure: (error) => useErrors.getState().report('The experiment was not saved', error),
    onRestore: onRestore && ((edits) => onRestore(edits as Partial<Experiment>)),
  });
}

function ConcludeDialog({ experiment }: { experiment: Experiment }) {
  const ref = useModal(true);
  const [outcome, setOutcome] = useState(experiment.outcome);
  const [learning, setLearning] = useState(experiment.learning);
  const [actualEnd, setActualEnd] = useState(experiment.actualEnd ?? localCalendarDate());
  const [energy, setEnergy] = useState(experiment.energy);
  const [engagement, setEngagement] = useState(experiment.engagement);
  // Refused edits kept from before (an end before the start) come back into the dialog's fields.
  const { saver: words, status } = useWordsSaver(experiment, (edits) => {
    if (edits.outcome !== undefined) setOutcome(edits.outcome);
    if (edits.learning !== undefined) setLearning(edits.learning);
    if (edits.actualEnd !== undefined) setActualEnd(edits.actualEnd ?? '');
    if (edits.energy !== undefined) setEnergy(edits.energy);
    if (edits.engagement !== undefined) setEngagement(edits.engagement);
  });
  const [problem, setProblem] = useState<string | null>(null);
  const [concluded, setConcluded] = useState(false);
  const [carry, setCarry] = useState(false);
  const { conclude, announce, closePendingMove } = useExperiments.getState();

  function cancel() {
    if (!concluded) announce(`“${experiment.title}” stays in Running.`);
    closePendingMove();
  }

  return (
    <dialog
      ref={ref}
      className="dialog experiment-dialog"
      aria-labelledby="conclude-title"
      onCancel={(event) => {
        event.preventDefault();
        cancel();
      }}
    >
      {concluded ? (
        <div className="dialog-form">
          <h2 id="conclude-title">Concluded</h2>
          <p>Take what you learned to your strategy? A check-in opens with your learning filled in.</p>
          <blockquote className="learning-quote">{learning}</blockquote>
          <div className="dialog-actions">
            <button type="button" className="button" onClick={cancel}>
              Not now
            </button>
            <button
              type="button"
              className="button button-primary"
              autoFocus
              onClick={() => {
                closePendingMove();
                useNavigation.getState().open({ kind: 'check-in', note: learning });
              }}
            >
              Open strategy check-in
            </button>
          </div>
        </div>
      ) : (
        <form
          className="dialog-form"
          onSubmit={async (event) => {
            event.preventDefault();
            await words.flush();
            const checkInNote = carry && learning.trim() ? learning.trim() : null;
            const refused = await conclude(experiment.id, { outcome, learning, actualEnd, energy, engagement, checkInNote });
            setProblem(refused);
            if (refused) return;
            if (checkInNote) {
              announce(`Moved “${experiment.title}” to Concluded and saved a version of your strategy with its learning.`);
              closePendingMove();
              return;
            }
            announce(`Moved “${experiment.title}” to Concluded.`);
            setConcluded(true);
          }}
        >
          <h2 id="conclude-title">Conclude “{experiment.title}”</h2>
          <p className="muted">Judge it against the criteria you wrote before starting.</p>
          {experiment.successCriteria && (
            <dl className="criteria-recap">
              <dt>Success looked like</dt>
              <dd>{experiment.successCriteria}</dd>
            </dl>
          )}
          <label className="field">
            <span>Outcome: what happened?</span>
            <textarea
              dir="auto"
              rows={3}
              autoFocus
              value={outcome}
              onChange={(event) => {
                setOutcome(event.target.value);
                words.edit({ outcome: event.target.value });
              }}
            />
          </label>
          <label className="field">
            <span>Learning: what does it change in your strategy?</span>
            <textarea
              dir="auto"
              rows={3}
              value={learning}
              onChange={(event) => {
                setLearning(event.target.value);
                words.edit({ learning: event.target.value });
              }}
            />
          </label>
          <label className="conclude-carry">
            <input type="checkbox" checked={carry} onChange={(event) => setCarry(event.target.checked)} />
            <span>Also save a version of my strategy with this learning as its note</span>
          </label>
          <div className="field-row field-row-end">
            <label className="field">
              <span>Ended on</span>
              <input
                type="date"
                value={actualEnd}
                onChange={(event) => {
                  setActualEnd(event.target.value);
                  words.edit({ actualEnd: event.target.value || null });
                }}
              />
            </label>
            <RatingSelect
              label="Energy"
              value={energy}
              onChange={(value) => {
                setEnergy(value);
                words.edit({ energy: value });
              }}
            />
            <RatingSelect
              label="Engagement"
              value={engagement}
              onChange={(value) => {
                setEngagement(value);
                words.edit({ engagement: value });
              }}
            />
          </div>
          <MoveActions problem={problem} refusal="Not concluded" status={status} onCancel={cancel} submit="Conclude experiment" />
        </form>
      )}
    </dialog>
  );
}

/** A move dialog's foot: why the move was refused, the save state of what was typed, Cancel and the move itself. */
function MoveActions(props: { problem: string | null; refusal: string; status: AutosaveStatus; onCancel(): void; submit: string; danger?: boolean }) {
  return (
    <>
      {props.problem && (
        <p className="form-error" role="alert">
          {props.refusal}: {props.problem}
        </p>
      )}
      <div className="dialog-actions">
        <SaveStatus status={props.status} className="dialog-save-status" />
        <button type="button" className="button" onClick={props.onCancel}>
          Cancel
        </button>
        <button type="submit" className={props.danger ? 'button button-danger' : 'button button-primary'}>
          {props.submit}
        </button>
      </div>
    </>
  );
}

function DropDialog({ experiment }: { experiment: Experiment }) {
  const ref = useModal(true);
  const { saver: words, status } = useWordsSaver(experiment);
  const [reason, setReason] = useState(experiment.dropReason);
  const [problem, setProblem] = useState<string | null>(null);
  const { update, announce, closePendingMove } = useExperiments.getState();

  function cancel() {
    announce(`“${experiment.title}” was not dropped.`);
    closePendingMove();
  }

  return (
    <dialog
      ref={ref}
      className="dialog experiment-dialog"
      aria-labelledby="drop-title"
      onCancel={(event) => {
        event.preventDefault();
        cancel();
      }}
    >
      <form
        className="dialog-form"
        onSubmit={async (event) => {
          event.preventDefault();
          await words.flush();
          const refused = await update(experiment.id, { status: 'dropped', dropReason: reason });
          setProblem(refused);
          if (!refused) {
            announce(`Moved “${experiment.title}” to Dropped.`);
            closePendingMove();
          }
        }}
      >
        <h2 id="drop-title">Drop “{experiment.title}”</h2>
        <p className="muted">Stopping is a result too. Say why, so the reason stays with the evidence.</p>
        <label className="field">
          <span>Reason for dropping</span>
          <textarea
            dir="auto"
            rows={3}
            autoFocus
            value={reason}
            onChange={(event) => {
              setReason(event.target.value);
              words.edit({ dropReason: event.target.value });
            }}
          />
        </label>
        <MoveActions problem={problem} refusal="Not dropped" status={status} onCancel={cancel} submit="Drop experiment" danger />
      </form>
    </dialog>
  );
}
