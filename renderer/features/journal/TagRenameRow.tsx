// One tag's row in Manage tags: its new name is a draft (tag-rename:<id>) saved as typed, so a close or a kill keeps
// a rename not yet applied; Rename applies it and throws the draft away.
import type { TagSummary } from '../../../shared/domain/reflection';
import { useDraft } from '../../app/saver/useDraft';
import { useErrors } from '../shell/errorStore';

const NO_NAME = { name: '' };

interface TagRenameRowProps {
  tag: TagSummary;
  merging: boolean;
  onMergingChange(selected: boolean): void;
  /** Resolves true once the tag carries the new name. */
  onRename(name: string): Promise<boolean>;
  onDelete(): void;
}

export function TagRenameRow({ tag, merging, onMergingChange, onRename, onDelete }: TagRenameRowProps) {
  const draft = useDraft(`tag-rename:${tag.id}`, NO_NAME, {
    onFirstFailure: (error) => useErrors.getState().report('The new tag name was not kept', error),
  });
  const typed = typeof draft.fields.name === 'string' ? draft.fields.name : '';
  const name = draft.kept ? typed : tag.name;
  const canRename = name.trim() !== '' && name !== tag.name;

  async function rename() {
    if (await onRename(name)) await draft.discard();
  }

  return (
    <li className="tag-row">
      <label className="checkbox">
        <input type="checkbox" checked={merging} onChange={(event) => onMergingChange(event.target.checked)} />
        <span className="visually-hidden">Select {tag.name} to merge</span>
      </label>
      <label className="visually-hidden" htmlFor={`tag-name-${tag.id}`}>
        Name of tag {tag.name}
      </label>
      <input dir="auto" id={`tag-name-${tag.id}`} value={name} onChange={(event) => draft.edit({ name: event.target.value })} />
      <span className="muted tag-count">{tag.count === 1 ? '1 entry' : `${tag.count} entries`}</span>
      <button type="button" className="button button-small" disabled={!canRename} onClick={() => void rename()}>
        Rename
      </button>
      <button type="button" className="button button-small button-quiet" aria-label={`Delete tag ${tag.name}`} onClick={onDelete}>
        Delete
      </button>
    </li>
  );
}
