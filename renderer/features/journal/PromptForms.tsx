// Editing one of the person's own prompts (saved as typed) and writing a new one (kept as a draft until it is added).
import { useState } from 'react';
import type { Prompt, PromptPatch } from '../../../shared/domain/prompts';
import { api } from '../../app/client';
import { SaveStatus } from '../../app/saver/SaveStatus';
import { useDraft } from '../../app/saver/useDraft';
import { useSaver } from '../../app/saver/useSaver';
import { useErrors } from '../shell/errorStore';
import { useJournal } from './journalStore';

export function PromptEditForm({ prompt, onDone }: { prompt: Prompt; onDone(): void }) {
  const [text, setText] = useState(prompt.text);
  const { saver, status, discardUnsaved } = useSaver<Omit<PromptPatch, 'id'>>(
    `prompt:${prompt.id}`,
    async (patch) => {
      await api()['prompts.update']({ id: prompt.id, ...patch });
      await useJournal.getState().refreshPrompts();
    },
    {
      onFirstFailure: (error) => useErrors.getState().report('Could not change the prompt', error),
      onRestore: (edits) => edits.text !== undefined && setText(edits.text),
    },
  );
  return (
    <form
      className="prompt-edit"
      onBlur={() => void saver.flush()}
      onSubmit={(event) => {
        event.preventDefault();
        void saver.flush();
        onDone();
      }}
    >
      <label className="visually-hidden" htmlFor={`edit-${prompt.id}`}>
        Prompt text
      </label>
      <textarea
        dir="auto"
        id={`edit-${prompt.id}`}
        rows={2}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          // A prompt always has words: while the field is empty the saved ones stay.
          if (event.target.value.trim()) saver.edit({ text: event.target.value.trim() });
        }}
      />
      <SaveStatus status={status} onDiscard={() => void discardUnsaved().then(() => setText(prompt.text))} />
      <button type="submit" className="button button-small">
        Done
      </button>
    </form>
  );
}

const NO_PROMPT = { group: '', text: '' };

export function NewPromptForm({ groupNames }: { groupNames: string[] }) {
  const report = (error: unknown) => useErrors.getState().report('Could not keep your prompt’s draft', error);
  const draft = useDraft('new-prompt', NO_PROMPT, { onFirstFailure: report });
  return (
    <form
      className="prompt-new"
      onSubmit={(event) => {
        event.preventDefault();
        const text = draft.fields.text.trim();
        if (!text) return;
        const group = draft.fields.group.trim() || 'My prompts';
        void (async () => {
          try {
            await api()['prompts.create']({ group, text });
            await draft.discard();
            await useJournal.getState().refreshPrompts();
          } catch (error) {
            useErrors.getState().report('Could not add your prompt', error);
          }
        })();
      }}
    >
      <h3>Write your own prompt</h3>
      <label className="field">
        <span>Question</span>
        <textarea dir="auto" rows={2} value={draft.fields.text} onChange={(event) => draft.edit({ text: event.target.value })} onBlur={() => void draft.flush()} />
      </label>
      <label className="field">
        <span>Its group</span>
        <input
          dir="auto"
          list="prompt-group-names"
          value={draft.fields.group}
          placeholder="My prompts"
          onChange={(event) => draft.edit({ group: event.target.value })}
          onBlur={() => void draft.flush()}
        />
        <datalist id="prompt-group-names">
          {groupNames.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
      </label>
      <div className="prompt-new-actions">
        <button type="submit" className="button">
          Add prompt
        </button>
        {draft.kept && <SaveStatus status={draft.status} />}
      </div>
    </form>
  );
}
