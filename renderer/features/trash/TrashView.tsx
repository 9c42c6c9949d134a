// Recently deleted: everything deleted in the last 30 days, each restorable with its links or deletable for good.
import { useEffect, useState } from 'react';
import type { TrashItem, TrashKind } from '../../../shared/domain/trash';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { formatDateTime, formatDay } from '../../ui/dates';
import { formatDetail } from './trashText';
import './trash.css';
import { useTrash } from './trashStore';

const kindLabels: Record<TrashKind, string> = {
  reflection: 'Reflection',
  experiment: 'Experiment',
  value: 'Value',
  person: 'Person',
  place: 'Place',
  prompt: 'Prompt',
};

/** Which item a button acts on, for screen readers; the visible words stay short. */
function ItemName({ item }: { item: TrashItem }) {
  return <span className="visually-hidden"> {`${kindLabels[item.kind].toLowerCase()} “${item.title}”`}</span>;
}

export function TrashView() {
  const { items, status, announcement } = useTrash();
  const [forgetting, setForgetting] = useState<TrashItem | null>(null);
  const [emptying, setEmptying] = useState(false);

  useEffect(() => {
    void useTrash.getState().load();
  }, []);

  return (
    <section className="view trash" aria-labelledby="trash-heading">
      <header className="view-header">
        <h1 id="trash-heading" tabIndex={-1}>Recently deleted</h1>
        <button type="button" className="button" disabled={items.length === 0} onClick={() => setEmptying(true)}>
          Empty Recently deleted…
        </button>
      </header>
      <div className="trash-body">
        <p className="muted">
          Deleted reflections, experiments, values, people, places and prompts wait here for 30 days, then are deleted
          for good. Restoring one brings back its tags, values and links.
        </p>
        <p className="visually-hidden" role="status" aria-live="polite">
          {announcement}
        </p>
        {status === 'ready' && items.length === 0 && (
          <div className="empty-state">
            <p>Nothing here. Whatever you delete stays restorable here for 30 days.</p>
          </div>
        )}
        {items.length > 0 && (
          <ul className="trash-list" aria-label="Deleted items">
            {items.map((item) => (
              <li key={`${item.kind}:${item.id}`} className="trash-item">
                <div className="trash-text">
                  <span className="trash-kind">{kindLabels[item.kind]}</span>
                  <span className="trash-title">{item.title}</span>
                  {item.detail && <span className="trash-detail">{formatDetail(item)}</span>}
                  <span className="trash-when">
                    Deleted {formatDateTime(item.deletedAt)} · deleted for good on {formatDay(item.purgeAt)}
                  </span>
                </div>
                <div className="trash-actions">
                  <button type="button" className="button" onClick={() => void useTrash.getState().restore(item)}>
                    Restore<ItemName item={item} />
                  </button>
                  <button type="button" className="button button-quiet" onClick={() => setForgetting(item)}>
                    Delete forever…<ItemName item={item} />
                  </button>
                </div>
              </li>
            ))}
          </ul>
        )}
      </div>
      <ConfirmDialog
        open={forgetting !== null}
        title="Delete forever?"
        message={`“${forgetting?.title ?? ''}” will be deleted for good, with its history. This cannot be undone.`}
        confirmLabel="Delete forever"
        onCancel={() => setForgetting(null)}
        onConfirm={() => {
          const item = forgetting;
          setForgetting(null);
          if (item) void useTrash.getState().deleteForever(item);
        }}
      />
      <ConfirmDialog
        open={emptying}
        title="Empty Recently deleted?"
        message={`${items.length === 1 ? 'The one item' : `All ${items.length} items`} here will be deleted for good. This cannot be undone.`}
        confirmLabel="Empty"
        onCancel={() => setEmptying(false)}
        onConfirm={() => {
          setEmptying(false);
          void useTrash.getState().empty();
        }}
      />
    </section>
  );
}
