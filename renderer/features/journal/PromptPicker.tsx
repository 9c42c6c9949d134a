// "Start from a prompt": the library grouped by the method's steps, a shuffle within a group, and the person's own
// prompts (write, edit, hide). Choosing one starts a new entry with the prompt shown above it.
import { useState } from 'react';
import type { Prompt } from '../../../shared/domain/prompts';
import { api } from '../../app/client';
import { useErrors } from '../shell/errorStore';
import { useJournal } from './journalStore';
import { Modal } from '../../ui/Modal';
import { groupPrompts, shufflePrompt } from './promptChoice';
import { NewPromptForm, PromptEditForm } from './PromptForms';

export function PromptPicker() {
  const { promptPickerOpen, setPromptPickerOpen, prompts, refreshPrompts, create } = useJournal();
  const [group, setGroup] = useState<string>('all');
  const [suggested, setSuggested] = useState<Prompt | null>(null);
  const [showHidden, setShowHidden] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const close = () => setPromptPickerOpen(false);

  const visible = showHidden ? prompts.map((p) => ({ ...p, hidden: false })) : prompts;
  const groups = groupPrompts(visible).filter((g) => group === 'all' || g.group === group);
  const groupNames = groupPrompts(prompts).map((g) => g.group);
  const hiddenIds = new Set(prompts.filter((p) => p.hidden).map((p) => p.id));

  async function write(prompt: Prompt) {
    close();
    await create({ promptId: prompt.id });
  }

  async function change(run: () => Promise<unknown>, failure: string) {
    try {
      await run();
      await refreshPrompts();
    } catch (error) {
      useErrors.getState().report(failure, error);
    }
  }

  return (
    <Modal open={promptPickerOpen} labelledBy="prompt-picker-title" className="prompt-picker" onClose={close}>
      <div className="dialog-head">
        <h2 id="prompt-picker-title">Start from a prompt</h2>
        <button type="button" className="icon-button" aria-label="Close" onClick={close}>
          ×
        </button>
      </div>
      <div className="prompt-toolbar">
        <span className="field-inline">
          <label htmlFor="prompt-group">Group</label>
          <select id="prompt-group" value={group} onChange={(event) => setGroup(event.target.value)}>
            <option value="all">All steps of the method</option>
            {groupNames.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </span>
        <button
          type="button"
          className="button"
          onClick={() => setSuggested(shufflePrompt(prompts, group === 'all' ? null : group, suggested?.id ?? null, Math.random()))}
        >
          Shuffle
        </button>
        <label className="field-inline checkbox">
          <input type="checkbox" checked={showHidden} onChange={(event) => setShowHidden(event.target.checked)} />
          <span>Show hidden prompts</span>
        </label>
      </div>

      {suggested && (
        <div className="prompt-suggestion" aria-live="polite">
          <p className="prompt-suggestion-group">{suggested.group}</p>
          <p className="prompt-suggestion-text">{suggested.text}</p>
          <button type="button" className="button button-primary" onClick={() => void write(suggested)}>
            Write with this prompt
          </button>
        </div>
      )}

      <div className="prompt-groups">
        {groups.map(({ group: name, prompts: inGroup }) => (
          <section key={name} className="prompt-group" aria-label={name}>
            <h3>{name}</h3>
            <ul className="prompt-rows">
              {inGroup.map((prompt) => (
                <li key={prompt.id} className={`prompt-row${hiddenIds.has(prompt.id) ? ' is-hidden' : ''}`}>
                  {editing === prompt.id ? (
                    <PromptEditForm prompt={prompt} onDone={() => setEditing(null)} />
                  ) : (
                    <>
                      <button type="button" className="prompt-choice" onClick={() => void write(prompt)}>
                        {prompt.text}
                      </button>
                      <div className="prompt-row-actions">
                        {!prompt.builtIn && (
                          <button
                            type="button"
                            className="button button-quiet button-small"
                            aria-label={`Edit prompt: ${prompt.text}`}
                            onClick={() => setEditing(prompt.id)}
                          >
                            Edit
                          </button>
                        )}
                        <button
                          type="button"
                          className="button button-quiet button-small"
                          aria-label={`${hiddenIds.has(prompt.id) ? 'Show' : 'Hide'} prompt: ${prompt.text}`}
                          onClick={() =>
                            void change(() => api()['prompts.update']({ id: prompt.id, hidden: !hiddenIds.has(prompt.id) }), 'Could not hide the prompt')
                          }
                        >
                          {hiddenIds.has(prompt.id) ? 'Show' : 'Hide'}
                        </button>
                      </div>
                    </>
                  )}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>

      <NewPromptForm groupNames={groupNames} />
    </Modal>
  );
}
