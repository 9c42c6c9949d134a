// Tags on one entry: chips with a remove button, and a field that suggests existing tags as you type. What is typed
// in the field before it becomes a tag is a draft (`tag-text:<entry id>`), so a close or a crash keeps it too.
import { useId, type KeyboardEvent } from 'react';
import { MAX_TAG_LENGTH, type TagSummary } from '../../../shared/domain/reflection';
import { truncateGraphemes } from '../../../shared/domain/text';
import { useDraft } from '../../app/saver/useDraft';
import { useErrors } from '../shell/errorStore';

interface TagEditorProps {
  /** The entry the tags are on; names the draft that keeps a tag half typed. */
  entryId: string;
  tags: string[];
  known: TagSummary[];
  onChange(tags: string[]): void;
}

export function normaliseTag(raw: string): string {
  return truncateGraphemes(raw.trim().replace(/\s+/g, ' '), MAX_TAG_LENGTH, 'codePoints');
}

const NO_TEXT = { text: '' };

export function TagEditor({ entryId, tags, known, onChange }: TagEditorProps) {
  const draft = useDraft(`tag-text:${entryId}`, NO_TEXT, {
    onFirstFailure: (error) => useErrors.getState().report('The tag being typed was not kept', error),
  });
  const text = typeof draft.fields.text === 'string' ? draft.fields.text : '';
  const setText = (next: string) => draft.edit({ text: next });
  const listId = useId();
  const inputId = useId();
  const suggestions = known.filter((tag) => !tags.some((t) => t.toLowerCase() === tag.name.toLowerCase()));

  function add(raw: string) {
    const tag = normaliseTag(raw);
    if (!tag) return;
    // Reuse the spelling of a tag that already exists, so "Hiring" and "hiring" stay one tag.
    const existing = known.find((t) => t.name.toLowerCase() === tag.toLowerCase())?.name ?? tag;
    if (!tags.some((t) => t.toLowerCase() === existing.toLowerCase())) onChange([...tags, existing]);
    setText('');
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      add(text);
    } else if (event.key === 'Backspace' && text === '' && tags.length > 0) {
      onChange(tags.slice(0, -1));
    }
  }

  return (
    <div className="tag-editor">
      {tags.length > 0 && (
        <ul className="chips" aria-label="Tags on this entry">
          {tags.map((tag) => (
            <li key={tag} className="chip">
              <span>{tag}</span>
              <button type="button" className="chip-remove" aria-label={`Remove tag ${tag}`} onClick={() => onChange(tags.filter((t) => t !== tag))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <label className="visually-hidden" htmlFor={inputId}>
        Add a tag
      </label>
      <input
        dir="auto"
        id={inputId}
        className="tag-input"
        list={listId}
        value={text}
        maxLength={MAX_TAG_LENGTH}
        placeholder={tags.length ? 'Add another tag…' : 'Add a tag…'}
        onChange={(event) => {
          const value = event.target.value;
          // Choosing a suggestion from the list fills the whole name at once: take it as the tag.
          if (suggestions.some((tag) => tag.name === value) && value.length - text.length > 1) add(value);
          else setText(value);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => add(text)}
      />
      <datalist id={listId}>
        {suggestions.map((tag) => (
          <option key={tag.id} value={tag.name} />
        ))}
      </datalist>
    </div>
  );
}
