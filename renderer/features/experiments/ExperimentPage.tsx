// One experiment: its status and moves, the definition (hypothesis, criteria, dates, ratings, outcome), evidence, people and places.
import { useState } from 'react';
import { experimentKinds, type Experiment } from '../../../shared/domain/experiment';
import { nextStatuses, statusLabels, type ExperimentStatus } from '../../../shared/domain/experiments/transitions';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { EvidenceLog } from './EvidenceLog';
import { HypothesisField } from './HypothesisField';
import { PeopleAndPlaces } from './PeopleAndPlaces';
import { RatingSelect } from './RatingSelect';
import { changeBetween, draftOf, type ExperimentDraftFields } from './experimentDraft';
import { kindLabels } from './experimentText';
import { useExperiments } from './experimentsStore';
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
  const { values, update, requestMove, select, remove } = useExperiments();
  const [baseline, setBaseline] = useState<ExperimentDraftFields>(() => draftOf(experiment));
  const [draft, setDraft] = useState<ExperimentDraftFields>(baseline);
  const [dirty, setDirty] = useState(false);
  const [saveState, setSaveState] = useState<'idle' | 'saving' | 'saved'>('idle');
  const [problem, setProblem] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);

  const [shownVersion, setShownVersion] = useState(experiment.updatedAt);
  // A move or dialog saved the experiment: show its new fields, unless edits are in progress here.
  if (shownVersion !== experiment.updatedAt && !dirty) {
    setShownVersion(experiment.updatedAt);
    setBaseline(draftOf(experiment));
    setDraft(draftOf(experiment));
  }

  function edit<K extends keyof ExperimentDraftFields>(field: K, value: ExperimentDraftFields[K]) {
    setDraft((current) => ({ ...current, [field]: value }));
    setDirty(true);
    setSaveState('idle');
  }

  async function save() {
    setSaveState('saving');
    const refused = await update(experiment.id, changeBetween(baseline, draft));
    setProblem(refused);
    if (refused) {
      setSaveState('idle');
      return;
    }
    setBaseline(draft);
    setDirty(false);
    setSaveState('saved');
  }

  const showResults = experiment.status === 'running' || experiment.status === 'concluded' || draft.outcome || draft.learning;

  return (
    <article className="experiment-page" aria-labelledby="experiment-page-title">
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
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
          onKeyDown={(event) => {
            if ((event.metaKey || event.ctrlKey) && event.key.toLowerCase() === 's') {
              event.preventDefault();
              void save();
            }
          }}
        >
          <label className="visually-hidden" htmlFor="experiment-page-title">
            Title
          </label>
          <input
            id="experiment-page-title"
            className="page-title"
            maxLength={300}
            value={draft.title}
            onChange={(event) => edit('title', event.target.value)}
          />
          {experiment.status === 'dropped' && (
            <label className="field">
              <span>Why it was dropped</span>
              <textarea rows={2} value={draft.dropReason} onChange={(event) => edit('dropReason', event.target.value)} />
            </label>
          )}
          <div className="field-row field-row-kind">
            <label className="field">
              <span>Kind</span>
              <select value={draft.kind} onChange={(event) => edit('kind', event.target.value as Experiment['kind'])}>
                {experimentKinds.map((k) => (
                  <option key={k} value={k}>
                    {kindLabels[k]}
                  </option>
                ))}
              </select>
            </label>
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
                <textarea rows={2} value={draft.successCriteria} onChange={(event) => edit('successCriteria', event.target.value)} />
              </label>
              <label className="field">
                <span>Stop if</span>
                <textarea rows={2} value={draft.stopCriteria} onChange={(event) => edit('stopCriteria', event.target.value)} />
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
                  <textarea rows={3} value={draft.outcome} onChange={(event) => edit('outcome', event.target.value)} />
                </label>
                <label className="field">
                  <span>Learning: what it changes in my strategy</span>
                  <textarea rows={3} value={draft.learning} onChange={(event) => edit('learning', event.target.value)} />
                </label>
              </div>
            </fieldset>
          )}

          {problem && (
            <p className="form-error" role="alert">
              Not saved: {problem}
            </p>
          )}
          <div className="form-actions">
            <span className="save-state" role="status" aria-live="polite">
              {saveState === 'saving' ? 'Saving…' : saveState === 'saved' && !dirty ? 'Saved' : dirty ? 'Unsaved changes' : ''}
            </span>
            <button type="button" className="button button-quiet" onClick={() => setConfirming(true)}>
              Delete…
            </button>
            <button type="submit" className="button button-primary" disabled={!dirty}>
              Save changes
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
        message="Its people and places go with it; reflections linked to it stay in your journal. This cannot be undone."
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
