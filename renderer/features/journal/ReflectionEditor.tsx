// Edits one reflection: date, title and body; saves on demand, on leaving a field, and when switching entries.
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Reflection } from '../../../shared/domain/reflection';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useJournal } from './journalStore';
import { formatTimestamp } from './reflectionText';

type SaveState = 'saved' | 'dirty' | 'saving' | 'failed';

const stateLabels: Record<SaveState, string> = {
  saved: 'Saved',
  dirty: 'Unsaved changes',
  saving: 'Saving…',
  failed: 'Not saved — see the message above',
};

export function ReflectionEditor({ reflection }: { reflection: Reflection }) {
  const save = useJournal((state) => state.save);
  const remove = useJournal((state) => state.remove);
  const [entryDate, setEntryDate] = useState(reflection.entryDate);
  const [title, setTitle] = useState(reflection.title);
  const [body, setBody] = useState(reflection.body);
  const [saveState, setSaveState] = useState<SaveState>('saved');
  const [confirming, setConfirming] = useState(false);
  const pending = useRef({ entryDate, title, body, dirty: false });
  useLayoutEffect(() => {
    pending.current = { entryDate, title, body, dirty: saveState === 'dirty' || saveState === 'failed' };
  });

  async function flush(): Promise<void> {
    const current = pending.current;
    if (!current.dirty) return;
    setSaveState('saving');
    const ok = await save(reflection.id, { entryDate: current.entryDate, title: current.title, body: current.body });
    setSaveState(ok ? 'saved' : 'failed');
  }

  useEffect(() => {
    return () => {
      const current = pending.current;
      if (current.dirty) void save(reflection.id, { entryDate: current.entryDate, title: current.title, body: current.body });
    };
  }, [reflection.id, save]);

  function edit(setter: (value: string) => void) {
    return (value: string) => {
      setter(value);
      setSaveState('dirty');
    };
  }

  return (
    <form
      className="editor"
      aria-label="Reflection"
      onSubmit={(event) => {
        event.preventDefault();
        void flush();
      }}
      onKeyDown={(event) => {
        if ((event.metaKey || event.ctrlKey) && event.key.toLowerCase() === 's') {
          event.preventDefault();
          void flush();
        }
      }}
    >
      <div className="editor-meta">
        <label className="field field-inline">
          <span>Entry date</span>
          <input
            type="date"
            required
            value={entryDate}
            onChange={(event) => event.target.value && edit(setEntryDate)(event.target.value)}
            onBlur={() => void flush()}
          />
        </label>
        <span className="muted" title="Created and last changed">
          Written {formatTimestamp(reflection.createdAt)} · changed {formatTimestamp(reflection.updatedAt)}
        </span>
      </div>
      <label className="visually-hidden" htmlFor="reflection-title">
        Title
      </label>
      <input
        id="reflection-title"
        className="editor-title"
        placeholder="Title (optional)"
        maxLength={300}
        value={title}
        onChange={(event) => edit(setTitle)(event.target.value)}
        onBlur={() => void flush()}
      />
      <label className="visually-hidden" htmlFor="reflection-body">
        Reflection
      </label>
      <textarea
        id="reflection-body"
        className="editor-body"
        placeholder="What happened today, and what did it tell you about the work you want?"
        value={body}
        onChange={(event) => edit(setBody)(event.target.value)}
        onBlur={() => void flush()}
      />
      <div className="editor-actions">
        <span className={`save-state save-state-${saveState}`} role="status" aria-live="polite">
          {stateLabels[saveState]}
        </span>
        <button type="button" className="button button-quiet" onClick={() => setConfirming(true)}>
          Delete…
        </button>
        <button type="submit" className="button button-primary" disabled={saveState === 'saved' || saveState === 'saving'}>
          Save
        </button>
      </div>
      <ConfirmDialog
        open={confirming}
        title="Delete this reflection?"
        message="It will be removed from your journal. This cannot be undone."
        confirmLabel="Delete reflection"
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          pending.current.dirty = false;
          void remove(reflection.id);
        }}
      />
    </form>
  );
}
