// Edits one reflection: date, title and body; saves on demand, on leaving a field, and when switching entries.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Reflection } from '../../../shared/domain/reflection';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useJournal, type ReflectionEdits } from './journalStore';
import { formatTimestamp } from './reflectionText';

type SaveState = 'saved' | 'dirty' | 'saving' | 'failed';

const stateLabels: Record<SaveState, string> = {
  saved: 'Saved',
  dirty: 'Unsaved changes',
  saving: 'Saving…',
  failed: 'Not saved — press Save to try again',
};

export function ReflectionEditor({ reflection }: { reflection: Reflection }) {
  const save = useJournal((state) => state.save);
  const remove = useJournal((state) => state.remove);
  const [entryDate, setEntryDate] = useState(reflection.entryDate);
  const [title, setTitle] = useState(reflection.title);
  const [body, setBody] = useState(reflection.body);
  const [saveState, setSaveState] = useState<SaveState>('saved');
  const [confirming, setConfirming] = useState(false);
  // Refs, not state: a flush must see the newest text even when it runs before React re-renders.
  const draft = useRef<ReflectionEdits>({});
  const revision = useRef({ edited: 0, saved: 0 });
  const queue = useRef<Promise<void>>(Promise.resolve());

  const flush = useCallback((): Promise<void> => {
    queue.current = queue.current.then(async () => {
      const target = revision.current.edited;
      if (target === revision.current.saved) return;
      setSaveState('saving');
      const ok = await save(reflection.id, { ...draft.current });
      if (ok) revision.current.saved = Math.max(revision.current.saved, target);
      const upToDate = revision.current.edited === revision.current.saved;
      setSaveState(upToDate ? 'saved' : ok ? 'dirty' : 'failed');
    });
    return queue.current;
  }, [reflection.id, save]);

  useEffect(() => () => void flush(), [flush]);

  function edit(field: keyof ReflectionEdits, setter: (value: string) => void) {
    return (value: string) => {
      setter(value);
      draft.current = { ...draft.current, [field]: value };
      revision.current.edited += 1;
      setSaveState('dirty');
    };
  }

  return (
    <form
      className="editor"
      aria-label="Edit reflection"
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
            onChange={(event) => event.target.value && edit('entryDate', setEntryDate)(event.target.value)}
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
        onChange={(event) => edit('title', setTitle)(event.target.value)}
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
        onChange={(event) => edit('body', setBody)(event.target.value)}
        onBlur={() => void flush()}
      />
      <div className="editor-actions">
        <span className={`save-state save-state-${saveState}`} role="status" aria-live="polite">
          {stateLabels[saveState]}
        </span>
        <button type="button" className="button button-quiet" onClick={() => setConfirming(true)}>
          Delete…
        </button>
        <button type="submit" className="button button-primary">
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
          revision.current.saved = revision.current.edited;
          void remove(reflection.id);
        }}
      />
    </form>
  );
}
