// The first-run path: aspiration, values as verbs, the diagram, a first reflection from a prompt, and a first saved version.
import { useEffect, useRef, useState } from 'react';
import { localCalendarDate } from '../../../../shared/domain/dates';
import type { Prompt } from '../../../../shared/domain/prompts';
import type { DraftFields } from '../../../../shared/domain/drafts';
import { api } from '../../../app/client';
import { SaveStatus } from '../../../app/saver/SaveStatus';
import { useDraft, type DraftForm } from '../../../app/saver/useDraft';
import { useErrors } from '../../shell/errorStore';
import { AspirationEditor } from '../AspirationEditor';
import { useStrategy } from '../strategyStore';
import { AddValueForm } from '../ValuesPanel';
import { VennEditor } from '../venn/VennEditor';
import { valueColourStyle } from '../../../ui/valueColour';
import '../strategy.css';
import './firstRun.css';
import { FIRST_RUN_STEPS, MAX_FIRST_RUN_VALUES, MIN_FIRST_RUN_VALUES, stepAt, type FirstRunStep } from './firstRunSteps';
import { useFirstRun } from './firstRunStore';

const STEP_NAMES: Record<FirstRunStep, string> = {
  welcome: 'Welcome',
  aspiration: 'Aspiration',
  values: 'Values',
  diagram: 'Diagram',
  reflection: 'Reflection',
  version: 'First version',
};

function WelcomeStep() {
  return (
    <>
      <h1 id="first-run-heading" tabIndex={-1}>Welcome to Cairn</h1>
      <p className="first-run-lead">
        A career strategy is less a job title than the work you find most gratifying, the values it expresses, and the evidence you
        collect as you try things. This short path sets one up, one step at a time; everything can be changed later.
      </p>
      <ol className="first-run-outline">
        <li>Write your aspiration, without a job title.</li>
        <li>Name three to five values as verbs.</li>
        <li>Place them in a Venn diagram.</li>
        <li>Write a first reflection from a prompt.</li>
        <li>Save your first strategy version.</li>
      </ol>
    </>
  );
}

function AspirationStep() {
  return (
    <>
      <h1 id="first-run-heading" tabIndex={-1}>Your aspiration</h1>
      <p className="first-run-lead">What work leaves you most satisfied at the end of a day? Describe the work, not a role.</p>
      <AspirationEditor />
    </>
  );
}

function ValuesStep() {
  const allValues = useStrategy((state) => state.values);
  const values = allValues.filter((value) => value.archivedAt === null);
  return (
    <>
      <h1 id="first-run-heading" tabIndex={-1}>Name your values</h1>
      <p className="first-run-lead">
        Values read best as things you do: “Teaching”, “Building bridges”, “Making things simpler”. Name three to five.
      </p>
      <ul className="first-run-values" aria-label="Your values">
        {values.map((value) => (
          <li key={value.id} style={valueColourStyle(value.colour)}>
            <span className="value-dot" aria-hidden="true" />
            {value.label}
          </li>
        ))}
      </ul>
      {values.length < MAX_FIRST_RUN_VALUES ? <AddValueForm /> : <p className="muted">Five is plenty for now; you can add more later.</p>}
    </>
  );
}

function DiagramStep() {
  return (
    <>
      <h1 id="first-run-heading" tabIndex={-1}>Place them in the diagram</h1>
      <p className="first-run-lead">
        Drag the circles (or focus one and use the arrow keys) so they overlap as much as your values go together in practice. Your
        aspiration sits where they all meet.
      </p>
      <div className="card first-run-diagram">
        <VennEditor />
      </div>
    </>
  );
}

interface FirstReflection extends DraftFields {
  body: string;
  promptId: string;
}
const NO_REFLECTION: FirstReflection = { body: '', promptId: '' };
const FIRST_NOTE = { note: 'My starting point: a first aspiration and the values it draws on.' };

/** The prompts a first reflection can start from, read once. */
function usePrompts(): Prompt[] {
  const [prompts, setPrompts] = useState<Prompt[]>([]);
  useEffect(() => {
    api()['prompts.list']({}).then(setPrompts, (error: unknown) => useErrors.getState().report('Could not load the prompts', error));
  }, []);
  return prompts;
}

/** Kept as typed (a draft); Continue turns it into the journal's first reflection. */
function ReflectionStep({ prompts, draft, saved }: { prompts: Prompt[]; draft: DraftForm<FirstReflection>; saved: string | null }) {
  const promptId = draft.fields.promptId || prompts[0]?.id || '';
  const prompt = prompts.find((candidate) => candidate.id === promptId);
  return (
    <>
      <h1 id="first-run-heading" tabIndex={-1}>Your first reflection</h1>
      <p className="first-run-lead">Reflections are the evidence your strategy grows from. Pick a prompt and write a few lines.</p>
      <div className="field">
        <label htmlFor="first-run-prompt" className="field-label">
          Prompt
        </label>
        <select id="first-run-prompt" value={promptId} disabled={saved !== null} onChange={(event) => draft.edit({ promptId: event.target.value })}>
          {prompts.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.text}
            </option>
          ))}
        </select>
      </div>
      {prompt && <blockquote className="first-run-prompt">{prompt.text}</blockquote>}
      <div className="field">
        <label htmlFor="first-run-body" className="field-label">
          Your reflection
        </label>
        <textarea
          dir="auto"
          id="first-run-body"
          rows={6}
          value={saved ?? draft.fields.body}
          onChange={(event) => draft.edit({ body: event.target.value })}
          disabled={saved !== null}
        />
      </div>
      <div className="first-run-inline-actions">
        {saved === null ? <SaveStatus status={draft.status} /> : <p className="muted">In your journal.</p>}
      </div>
    </>
  );
}

function VersionStep({ note, setNote }: { note: string; setNote(note: string): void }) {
  return (
    <>
      <h1 id="first-run-heading" tabIndex={-1}>Save your first version</h1>
      <p className="first-run-lead">
        A version is a snapshot of your aspiration, values and diagram, with a note on why. Over time they show how your strategy
        evolved.
      </p>
      <div className="field">
        <label htmlFor="first-run-note" className="field-label">
          What this version is
        </label>
        <textarea dir="auto" id="first-run-note" rows={3} value={note} onChange={(event) => setNote(event.target.value)} />
      </div>
    </>
  );
}

export function FirstRunView() {
  const index = useFirstRun((state) => state.step);
  const step = stepAt(index);
  const status = useStrategy((state) => state.status);
  const activeCount = useStrategy((state) => state.values.filter((value) => value.archivedAt === null).length);
  const aspiration = useStrategy((state) => state.text.aspiration);
  const prompts = usePrompts();
  const reflection = useDraft('first-run-reflection', NO_REFLECTION, {
    onFirstFailure: (error) => useErrors.getState().report('Could not keep your reflection', error),
  });
  // The text of the reflection once it is in the journal, so going back shows it without writing it twice.
  const [savedReflection, setSavedReflection] = useState<string | null>(null);
  const version = useDraft('first-run-note', FIRST_NOTE, {
    onFirstFailure: (error) => useErrors.getState().report('Could not keep your note', error),
  });
  const { note } = version.fields;
  const headingRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    void useStrategy.getState().load();
    return () => void useStrategy.getState().flush();
  }, []);

  useEffect(() => {
    headingRef.current?.querySelector('h1')?.focus();
  }, [step]);

  const { goTo, skip, finish } = useFirstRun.getState();
  const last = FIRST_RUN_STEPS.length - 1;

  async function saveReflection(): Promise<boolean> {
    const { body } = reflection.fields;
    const promptId = reflection.fields.promptId || prompts[0]?.id || '';
    try {
      await api()['reflections.create']({
        entryDate: localCalendarDate(),
        title: prompts.find((candidate) => candidate.id === promptId)?.text.slice(0, 300) ?? '',
        body,
        promptId: promptId || null,
      });
    } catch (error) {
      useErrors.getState().report('Could not save the reflection', error);
      return false;
    }
    setSavedReflection(body);
    await reflection.discard();
    return true;
  }

  async function next() {
    await useStrategy.getState().flush();
    if (step === 'reflection' && savedReflection === null && !(await saveReflection())) return;
    if (step === 'version') {
      try {
        await api()['strategy.snapshot']({ changeNote: note });
        await version.discard();
        await finish();
      } catch (error) {
        useErrors.getState().report('Could not save the version', error);
      }
      return;
    }
    await goTo(index + 1);
  }

  const blocker =
    step === 'aspiration' && !aspiration.trim()
      ? 'Write a sentence or two to continue.'
      : step === 'values' && activeCount < MIN_FIRST_RUN_VALUES
        ? `Add at least ${MIN_FIRST_RUN_VALUES} values to continue.`
        : step === 'reflection' && savedReflection === null && !reflection.fields.body.trim()
          ? 'Write a few lines to continue.'
          : step === 'version' && !note.trim()
            ? 'Say what this version is to continue.'
            : null;

  return (
    <section className="view first-run" aria-labelledby="first-run-heading">
      <header className="first-run-header">
        <ol className="first-run-progress" aria-label="Steps">
          {FIRST_RUN_STEPS.map((name, position) => (
            <li key={name} aria-current={position === index ? 'step' : undefined} className={position < index ? 'done' : undefined}>
              {STEP_NAMES[name]}
            </li>
          ))}
        </ol>
        <button type="button" className="button button-quiet" onClick={() => void skip()}>
          Skip for now
        </button>
      </header>
      <div className="first-run-body">
        <div className="first-run-content" ref={headingRef}>
          {status !== 'ready' ? (
            <p className="muted">Opening your journal…</p>
          ) : (
            <>
              {step === 'welcome' && <WelcomeStep />}
              {step === 'aspiration' && <AspirationStep />}
              {step === 'values' && <ValuesStep />}
              {step === 'diagram' && <DiagramStep />}
              {step === 'reflection' && <ReflectionStep prompts={prompts} draft={reflection} saved={savedReflection} />}
              {step === 'version' && <VersionStep note={note} setNote={(next) => version.edit({ note: next })} />}
            </>
          )}
        </div>
      </div>
      <footer className="first-run-footer">
        {index > 0 ? (
          <button type="button" className="button" onClick={() => void goTo(index - 1)}>
            Back
          </button>
        ) : (
          <span />
        )}
        <span className="first-run-blocker">{blocker}</span>
        <button type="button" className="button button-primary" disabled={blocker !== null} onClick={() => void next()}>
          {step === 'welcome' ? 'Begin' : index === last ? 'Save version and finish' : 'Continue'}
        </button>
      </footer>
    </section>
  );
}
