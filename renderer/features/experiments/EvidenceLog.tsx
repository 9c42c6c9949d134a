// The evidence log: notes written from here and reflections linked from the journal, oldest first.
import { useCallback, useEffect, useState } from 'react';
import { localCalendarDate } from '../../../shared/domain/dates';
import type { Experiment } from '../../../shared/domain/experiment';
import type { Reflection } from '../../../shared/domain/reflection';
import { api, useCoreChange } from '../../app/client';
import { SaveStatus } from '../../app/saver/SaveStatus';
import { useDraft } from '../../app/saver/useDraft';
import { useErrors } from '../shell/errorStore';
import { useNavigation } from '../shell/navigationStore';
import { evidenceInDateOrder, linkableReflections, reflectionLabel } from './evidence';
import { formatDay } from './experimentText';

async function fetchEvidence(experimentId: string) {
  const [linked, latest] = await Promise.all([
    api()['reflections.list']({ experimentId, limit: 200 }),
    api()['reflections.list']({ limit: 50 }),
  ]);
  return { linked: evidenceInDateOrder(linked.items), latest: latest.items };
}

const NO_NOTE = { body: '' };

export function EvidenceLog({ experiment }: { experiment: Experiment }) {
  const [evidence, setEvidence] = useState<Reflection[]>([]);
  const [recent, setRecent] = useState<Reflection[]>([]);
  // A note not logged yet is kept by the core, so leaving the page or closing the app never loses it.
  const noteDraft = useDraft(`evidence-note:${experiment.id}`, NO_NOTE, {
    onFirstFailure: (error) => useErrors.getState().report('Could not keep your note’s draft', error),
  });
  const note = noteDraft.fields.body;
  const [linkId, setLinkId] = useState('');
  const report = useErrors((state) => state.report);

  const reload = useCallback(
    () =>
      fetchEvidence(experiment.id)
        .then(({ linked, latest }) => {
          setEvidence(linked);
          setRecent(latest);
        })
        .catch((error: unknown) => report('Could not load the evidence', error)),
    [experiment.id, report],
  );

  useEffect(() => {
    void reload();
  }, [reload]);
  // Notes logged or links made here, and reflections written or deleted anywhere, come back through the change feed.
  useCoreChange(['reflections'], () => void reload());

  async function relink(reflection: Reflection, linked: boolean) {
    try {
      await api()['reflections.linkExperiment']({ reflectionId: reflection.id, experimentId: experiment.id, linked });
    } catch (error) {
      report(linked ? 'The reflection was not linked' : 'The reflection was not unlinked', error);
    }
  }

  const linkable = linkableReflections(recent, experiment.id);

  return (
    <section className="side-card" aria-labelledby="evidence-heading">
      <h2 id="evidence-heading">Evidence</h2>
      {experiment.status === 'running' && (
        <form
          className="note-form"
          onSubmit={async (event) => {
            event.preventDefault();
            if (!note.trim()) return;
            try {
              await api()['reflections.create']({ entryDate: localCalendarDate(), title: `Note on ${experiment.title}`.slice(0, 300), body: note, experimentIds: [experiment.id] });
              await noteDraft.discard();
            } catch (error) {
              report('The note was not logged', error);
            }
          }}
        >
          <label className="field">
            <span>Note</span>
            <textarea
              dir="auto"
              rows={2}
              value={note}
              placeholder="What happened, and how did it feel?"
              onChange={(event) => noteDraft.edit({ body: event.target.value })}
              onBlur={() => void noteDraft.flush()}
            />
          </label>
          {noteDraft.kept && <SaveStatus status={noteDraft.status} />}
          <button type="submit" className="button button-primary button-small" disabled={!note.trim()}>
            Log a note
          </button>
        </form>
      )}
      {evidence.length === 0 ? (
        <p className="muted">No evidence yet. Notes you log here and reflections you link appear in date order.</p>
      ) : (
        <ol className="evidence-list" aria-label="Evidence, oldest first">
          {evidence.map((reflection) => (
            <li key={reflection.id} className="evidence-item">
              <div className="evidence-head">
                <time dateTime={reflection.entryDate}>{formatDay(reflection.entryDate)}</time>
                <button
                  type="button"
                  className="button button-quiet button-small"
                  aria-label={`Unlink “${reflectionLabel(reflection)}”`}
                  onClick={() => void relink(reflection, false)}
                >
                  Unlink
                </button>
              </div>
              <button
                type="button"
                className="link-button evidence-title"
                onClick={() => useNavigation.getState().open({ kind: 'reflection', id: reflection.id })}
              >
                {reflection.title || 'Untitled reflection'}
              </button>
              {reflection.body && <p className="evidence-body">{reflection.body}</p>}
            </li>
          ))}
        </ol>
      )}
      {linkable.length > 0 && (
        <div className="link-row">
          <label className="field">
            <span>Link a reflection from your journal</span>
            <select value={linkId} onChange={(event) => setLinkId(event.target.value)}>
              <option value="">Choose a reflection…</option>
              {linkable.map((reflection) => (
                <option key={reflection.id} value={reflection.id}>
                  {formatDay(reflection.entryDate)} — {reflectionLabel(reflection)}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            className="button button-small"
            disabled={!linkId}
            onClick={() => {
              const chosen = linkable.find((r) => r.id === linkId);
              setLinkId('');
              if (chosen) void relink(chosen, true);
            }}
          >
            Link
          </button>
        </div>
      )}
    </section>
  );
}
