// One experiment: its status and moves, the definition (hypothesis, criteria, dates, ratings, outcome), evidence, people and places.
import { useEffect, useRef, useState } from 'react';
import type { Experiment } from '../../../shared/domain/experiment';
import { nextStatuses, statusLabels, type ExperimentStatus } from '../../../shared/domain/experiments/transitions';
import { SaveStatus } from '../../app/saver/SaveStatus';
import { useSaver } from '../../app/saver/useSaver';
import { flushingForm } from '../../app/saver/flushingForm';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useErrors } from '../shell/errorStore';
import { EvidenceLog } from './EvidenceLog';
import { HypothesisField } from './HypothesisField';
import { PeopleAndPlaces } from './PeopleAndPlaces';
import { RatingSelect } from './RatingSelect';
import { draftOf, shownFields, type ExperimentDraftFields } from './experimentDraft';
import { KindSelect } from './KindSelect';
import { useExperiments, type ExperimentChange } from './experimentsStore';
import { valueColourStyle } from '../../ui/valueColour';

const moveLabels: Record<ExperimentStatus, string> = {
  idea: 'Back to idea',
  planned: 'Mark as planned',
  running: 'Start running',
  concluded: 'Conclude…',
  dropped: 'Drop…',
};

function reopenLabel(from: ExperimentStatus, to: ExperimentStatus): string {
  if (from === 'concluded' && to === 'running') return 'Reopen';
  if (from === 'dropped' && to === 'idea') return 'Revive as idea';
  if (from === 'running' && to === 'planned') return 'Pause (back to planned)';
  return moveLabels[to];
}

export function ExperimentPage({ experiment }: { experiment: Experiment }) {
  const { values, requestMove, select, remove } = useExperiments();
  const { saver, status, discardUnsaved } = useSaver<ExperimentChange>(
    `experiment:${experiment.id}`,
    (change) => useExperiments.getState().save(experiment.id, change),
    {
      onFirstFailure: (error) => useErrors.getState().report('The experiment was not saved', error),
      onRestore: (edits) => setDraft((current) => ({ ...current, ...(edits as Partial<ExperimentDraftFields>) })),
    },
  );
  const [draft, setDraft] = useState<ExperimentDraftFields>(() => draftOf(experiment));
  const [confirming, setConfirming] = useState(false);

  const [shownVersion, setShownVersion] = useState(experiment.updatedAt);
  // The experiment was saved (by this page, a move or a dialog): show its fields, keeping any still being typed.
  if (shownVersion !== experiment.updatedAt) {
    setShownVersion(experiment.updatedAt);
    setDraft(shownFields(experiment, saver.unsaved() as Partial<ExperimentDraftFields>));
  }

  function edit<K extends keyof ExperimentDraftFields>(field: K, value: ExperimentDraftFields[K]) {
    setDraft((current) => ({ ...current, [field]: value }));
    // An experiment always has a title: while the field is empty the saved one stays.
    if (field === 'title' && typeof value === 'string' && !value.trim()) return;
    saver.edit({ [field]: value } as ExperimentChange);
  }

  // Opened from the board, a follow-up or "Add idea", the control that was used is gone or elsewhere: start here, on
  // the hypothesis of a new idea (the next thing to write) or on the title.
  const pageRef = useRef<HTMLElement>(null);
  const [firstFocus] = useState(() => (experiment.status === 'idea' && !experiment.hypothesis ? '.hypothesis-field :is(input, textarea)' : '.page-title'));
  useEffect(() => {
    const page = pageRef.current;
    const active = document.activeElement;
    if (!page || page.contains(active) || active?.closest('dialog[open]')) return;
    page.querySelector<HTMLElement>(firstFocus)?.focus();
  }, [firstFocus]);

  const showResults = experiment.status === 'running' || experiment.status === 'concluded' || draft.outcome || draft.learning;

  return (
    <article ref={pageRef} className="experiment-page" aria-labelledby="experiment-page-title">
      <div className="page-bar">
        <button type="button" className="button button-quiet" onClick={() => select(null)}>
          ← All experiments
        </button>
        <div className="page-moves">
          <span className="status-pill" data-status={experiment.status}>
            {statusLabels[experiment.status]}
          </span>
          {nextStatuses[experiment.status].map((to) => (
            <button
              key={to}
              type="button"
              className={`button button-small${to === 'running' || to === 'concluded' ? ' button-primary' : ''}`}
              onClick={() => void requestMove(experiment.id, to)}
            >
              {reopenLabel(experiment.status, to)}
            </button>
          ))}
        </div>
      </div>

      <div className="page-grid">
        <form
          className="experiment-form"
          aria-label="Experiment details"
          {...flushingForm(saver)}
        >
          <label className="visually-hidden" htmlFor="experiment-page-title">
            Title
          </label>
          <input
            dir="auto"
            id="experiment-page-title"
            className="page-title"
            maxLength={300}
            value={draft.title}
            onChange={(event) => edit('title', event.target.value)}
          />
          {experiment.status === 'dropped' && (
            <label className="field">
              <span>Why it was dropped</span>
              <textarea dir="auto" rows={2} value={draft.dropReason} onChange={(event) => edit('dropReason', event.target.value)} />
            </label>
          )}
          <div className="field-row field-row-kind">
            <KindSelect value={draft.kind} onChange={(kind) => edit('kind', kind)} />
            <RatingSelect label="Energy" value={draft.energy} onChange={(value) => edit('energy', value)} />
            <RatingSelect label="Engagement" value={draft.engagement} onChange={(value) => edit('engagement', value)} />
          </div>

          <HypothesisField value={draft.hypothesis} onChange={(value) => edit('hypothesis', value)} />

          <fieldset className="form-section">
            <legend>Values it tests</legend>
            {values.length === 0 ? (
              <p className="muted">Add values in Strategy to link them here.</p>
            ) : (
              <div className="value-options">
                {values.map((value) => (
                  <label key={value.id} className="value-option">
                    <input
                      type="checkbox"
                      checked={draft.valueIds.includes(value.id)}
                      onChange={(event) =>
                        edit('valueIds', event.target.checked ? [...draft.valueIds, value.id] : draft.valueIds.filter((id) => id !== value.id))
                      }
                    />
                    <span className="value-dot value-colour-fill" style={valueColourStyle(value.colour)} aria-hidden="true" />
                    {value.label}
                  </label>
                ))}
              </div>
            )}
          </fieldset>

          <fieldset className="form-section">
            <legend>Criteria, decided before starting</legend>
            <div className="field-row field-row-2">
              <label className="field">
                <span>Success looks like</span>
                <textarea dir="auto" rows={2} value={draft.successCriteria} onChange={(event) => edit('successCriteria', event.target.value)} />
              </label>
              <label className="field">
                <span>Stop if</span>
                <textarea dir="auto" rows={2} value={draft.stopCriteria} onChange={(event) => edit('stopCriteria', event.target.value)} />
              </label>
            </div>
          </fieldset>

          <fieldset className="form-section">
            <legend>Dates</legend>
            <div className="field-row field-row-4">
              {(
                [
                  ['plannedStart', 'Planned start'],
                  ['plannedEnd', 'Planned end'],
                  ['actualStart', 'Actual start'],
                  ['actualEnd', 'Actual end'],
                ] as const
              ).map(([field, label]) => (
                <label key={field} className="field">
                  <span>{label}</span>
                  <input type="date" value={draft[field] ?? ''} onChange={(event) => edit(field, event.target.value || null)} />
                </label>
              ))}
            </div>
          </fieldset>

          {showResults && (
            <fieldset className="form-section">
              <legend>Result</legend>
              <div className="field-row field-row-2">
                <label className="field">
                  <span>Outcome: what happened</span>
                  <textarea dir="auto" rows={3} value={draft.outcome} onChange={(event) => edit('outcome', event.target.value)} />
                </label>
                <label className="field">
                  <span>Learning: what it changes in my strategy</span>
                  <textarea dir="auto" rows={3} value={draft.learning} onChange={(event) => edit('learning', event.target.value)} />
                </label>
              </div>
            </fieldset>
          )}

          {!draft.title.trim() && <p className="field-help">An experiment needs a title; “{experiment.title}” is kept until you type one.</p>}
          <div className="form-actions">
            <SaveStatus
              status={status}
              className="experiment-save-status"
              onDiscard={() => void discardUnsaved().then(() => setDraft(draftOf(experiment)))}
            />
            <button type="button" className="button button-quiet" onClick={() => setConfirming(true)}>
              Delete…
            </button>
          </div>
        </form>

        <div className="page-side">
          <EvidenceLog experiment={experiment} />
          <PeopleAndPlaces experiment={experiment} />
        </div>
      </div>
      <ConfirmDialog
        open={confirming}
        title="Delete this experiment?"
        message="It moves to Recently deleted with its people and places; reflections linked to it stay in your journal. You can restore it, links and all, for 30 days."
        confirmLabel="Delete experiment"
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          void remove(experiment.id);
        }}
      />
    </article>
  );
}
