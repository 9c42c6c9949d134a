// The list of reflections, newest first; arrow keys move between entries, Enter opens one.
import type { KeyboardEvent } from 'react';
import type { Reflection } from '../../../shared/domain/reflection';
import { displayTitle, excerpt, formatEntryDateShort } from './reflectionText';

interface ReflectionListProps {
  items: Reflection[];
  selectedId: string | null;
  hasMore: boolean;
  onSelect(id: string): void;
  onLoadMore(): void;
}

export function ReflectionList({ items, selectedId, hasMore, onSelect, onLoadMore }: ReflectionListProps) {
  function onKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button.entry')];
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next = buttons[index + (event.key === 'ArrowDown' ? 1 : -1)];
    if (next) {
      event.preventDefault();
      next.focus();
    }
  }

  return (
    <div className="entry-list-wrap">
      <ul className="entry-list" aria-label="Reflections, newest first" onKeyDown={onKeyDown}>
        {items.map((reflection) => (
          <li key={reflection.id}>
            <button
              type="button"
              className="entry"
              aria-current={reflection.id === selectedId ? 'true' : undefined}
              onClick={() => onSelect(reflection.id)}
            >
              <span className="entry-date">{formatEntryDateShort(reflection.entryDate)}</span>
              <span className="entry-title">{displayTitle(reflection)}</span>
              <span className="entry-excerpt">{reflection.body.trim() ? excerpt(reflection) : 'Nothing written yet'}</span>
            </button>
          </li>
        ))}
      </ul>
      {hasMore && (
        <button type="button" className="button button-quiet load-more" onClick={onLoadMore}>
          Show older reflections
        </button>
      )}
    </div>
  );
}
