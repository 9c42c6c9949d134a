// The entry list, newest first: virtualized so a hundred thousand entries scroll smoothly, paged from the store as
// the end comes into view. Arrow keys, Home and End move between entries; Enter opens one.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { Reflection } from '../../../shared/domain/reflection';
import { displayTitle, excerpt, formatEntryDateShort } from './reflectionText';

const ROW_HEIGHT = 84;
/** Start fetching the next page this many rows before the end, so scrolling never waits. */
const PREFETCH_ROWS = 30;

interface EntryListProps {
  items: Reflection[];
  selectedId: string | null;
  hasMore: boolean;
  loading: boolean;
  onOpen(id: string): void;
  onLoadMore(): void;
}

export function EntryList({ items, selectedId, hasMore, loading, onOpen, onLoadMore }: EntryListProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const focusAfterRender = useRef<number | null>(null);
  // TanStack Virtual re-renders this component itself when the scroll position changes; nothing here is memoized.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    getItemKey: (index) => items[index]?.id ?? index,
  });
  const rows = virtualizer.getVirtualItems();
  const lastIndex = rows.at(-1)?.index ?? 0;

  useEffect(() => {
    if (hasMore && !loading && lastIndex >= items.length - PREFETCH_ROWS) onLoadMore();
  }, [hasMore, loading, lastIndex, items.length, onLoadMore]);

  useEffect(() => {
    const index = focusAfterRender.current;
    if (index === null) return;
    const button = scroller.current?.querySelector<HTMLButtonElement>(`button[data-index="${index}"]`);
    if (button) {
      focusAfterRender.current = null;
      button.focus();
    }
  });

  const selectedIndex = items.findIndex((item) => item.id === selectedId);
  const tabbableIndex = rows.some((row) => row.index === selectedIndex) ? selectedIndex : (rows[0]?.index ?? 0);
  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

  function onKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    const current = Number((document.activeElement as HTMLElement | null)?.dataset.index ?? -1);
    const targets: Record<string, number> = {
      ArrowDown: current + 1,
      ArrowUp: current - 1,
      Home: 0,
      End: items.length - 1,
      PageDown: current + 8,
      PageUp: current - 8,
    };
    const target = targets[event.key];
    if (target === undefined || current < 0) return;
    event.preventDefault();
    const index = Math.max(0, Math.min(items.length - 1, target));
    focusAfterRender.current = index;
    virtualizer.scrollToIndex(index, { align: 'auto' });
    scroller.current?.querySelector<HTMLButtonElement>(`button[data-index="${index}"]`)?.focus();
  }

  return (
    <div className="entry-scroller" ref={scroller}>
      <ul
        className="entry-rows"
        aria-label="Reflections, newest first"
        onKeyDown={onKeyDown}
        style={{ height: virtualizer.getTotalSize() }}
      >
        {rows.map((row) => {
          const reflection = items[row.index];
          if (!reflection) return null;
          return (
            <li key={row.key} className="entry-row" style={{ transform: `translateY(${row.start}px)`, height: ROW_HEIGHT }}>
              <button
                type="button"
                className="entry-card"
                data-index={row.index}
                aria-current={reflection.id === selectedId ? 'true' : undefined}
                // Only one row is in the Tab order; arrow keys move within the list.
                tabIndex={row.index === tabbableIndex ? 0 : -1}
                onClick={() => onOpen(reflection.id)}
              >
                <span className="entry-card-date">{formatEntryDateShort(reflection.entryDate)}</span>
                <span className="entry-card-title">{displayTitle(reflection)}</span>
                <span className="entry-card-excerpt">{reflection.body.trim() ? excerpt(reflection) : 'Nothing written yet'}</span>
              </button>
            </li>
          );
        })}
      </ul>
      {loading && items.length > 0 && <p className="entry-list-note">Loading older entries…</p>}
    </div>
  );
}
