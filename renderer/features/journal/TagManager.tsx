// Tidying tags across the journal: rename one (TagRenameRow), merge several into one (entries keep every tag's meaning),
// or delete one (it comes off its entries; the entries stay).
import { useState } from 'react';
import type { TagSummary } from '../../../shared/domain/reflection';
import { api } from '../../app/client';
import { useErrors } from '../shell/errorStore';
import { useJournal } from './journalStore';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Modal } from '../../ui/Modal';
import { TagRenameRow } from './TagRenameRow';

export function TagManager({ open, onClose }: { open: boolean; onClose(): void }) {
  const tags = useJournal((state) => state.tags);
  const [merging, setMerging] = useState<number[]>([]);
  const [target, setTarget] = useState<number | ''>('');
  const [deleting, setDeleting] = useState<TagSummary | null>(null);

  async function apply(run: () => Promise<TagSummary[]>, failure: string): Promise<boolean> {
    try {
      useJournal.setState({ tags: await run() });
      setMerging([]);
      setTarget('');
      await useJournal.getState().load();
      return true;
    } catch (error) {
      useErrors.getState().report(failure, error);
      return false;
    }
  }

  return (
    <Modal open={open} labelledBy="tag-manager-title" className="tag-manager" onClose={onClose}>
      <div className="dialog-head">
        <h2 id="tag-manager-title">Manage tags</h2>
        <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </div>
      {tags.length === 0 ? (
        <p className="muted">No tags yet. Add them to an entry under “Tags”.</p>
      ) : (
        <>
          <ul className="tag-rows">
            {tags.map((tag) => (
              <TagRenameRow
                key={tag.id}
                tag={tag}
                merging={merging.includes(tag.id)}
                onMergingChange={(selected) => setMerging(selected ? [...merging, tag.id] : merging.filter((id) => id !== tag.id))}
                onRename={(name) => apply(() => api()['tags.rename']({ id: tag.id, name }), 'Could not rename the tag')}
                onDelete={() => setDeleting(tag)}
              />
            ))}
          </ul>
          <div className="tag-merge">
            <label className="field-inline">
              <span>Merge the selected tags into</span>
              <select value={target} onChange={(event) => setTarget(event.target.value === '' ? '' : Number(event.target.value))}>
                <option value="">Choose a tag…</option>
                {tags.map((tag) => (
                  <option key={tag.id} value={tag.id}>
                    {tag.name}
                  </option>
                ))}
              </select>
            </label>
            <button
              type="button"
              className="button"
              disabled={target === '' || merging.filter((id) => id !== target).length === 0}
              onClick={() =>
                target !== '' &&
                void apply(() => api()['tags.merge']({ sourceIds: merging.filter((id) => id !== target), targetId: target }), 'Could not merge the tags')
              }
            >
              Merge
            </button>
          </div>
        </>
      )}
      <ConfirmDialog
        open={deleting !== null}
        title={`Delete the tag “${deleting?.name ?? ''}”?`}
        message={
          deleting?.count === 0
            ? 'No entry carries it.'
            : `It comes off ${deleting?.count === 1 ? 'the one entry that carries it' : `the ${deleting?.count ?? 0} entries that carry it`}. The entries themselves stay as they are.`
        }
        confirmLabel="Delete tag"
        onCancel={() => setDeleting(null)}
        onConfirm={() => {
          const tag = deleting;
          setDeleting(null);
          if (tag) void apply(() => api()['tags.delete']({ id: tag.id }), 'Could not delete the tag');
        }}
      />
    </Modal>
  );
}
