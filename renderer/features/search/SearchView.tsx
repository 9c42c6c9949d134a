// Search: results on every keystroke with the matching words highlighted, filters by tag, value, experiment and dates,
// a virtualized result list driven from the keyboard, each result saying what it is; opening one shows it (an entry
// with the match selected).
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Experiment } from '../../../shared/domain/experiment';
import type { TagSummary } from '../../../shared/domain/reflection';
import type { SearchHit } from '../../../shared/domain/searchQuery';
import type { Value } from '../../../shared/domain/values';
import { api, useCoreRevision } from '../../app/client';
import { formatEntryDateShort } from '../journal/reflectionText';
import { useErrors } from '../shell/errorStore';
import { useNavigation } from '../shell/navigationStore';
import './search.css';
import { useSearch } from './searchStore';
import { searchSummary } from './searchSummary';
import { hitDestination, hitTitle, kindLabels } from './hitPresentation';
import { snippetParts } from './snippetParts';

/** Room for the title line and two snippet lines (24 + 2 × 22.8 px) inside the row's padding and border (22 px). */
const ROW_HEIGHT = 96;

function Snippet({ hit }: { hit: SearchHit }) {
  return (
    <span className="hit-snippet">
      {snippetParts(hit.snippet.text, hit.snippet.ranges).map((part, index) =>
        part.marked ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
      )}
    </span>
  );
}

export function SearchView() {
  const { text, filters, hits, hasMore, order, limitedToNewest, status, active, setText, setFilters, run, loadMore, setActive } = useSearch();
  const [reference, setReference] = useState<{ tags: TagSummary[]; values: Value[]; experiments: Experiment[] }>({ tags: [], values: [], experiments: [] });
  const input = useRef<HTMLInputElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  // TanStack Virtual re-renders this component itself when the scroll position changes; nothing here is memoized.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({ count: hits.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 6 });
  const rows = virtualizer.getVirtualItems();
  const lastIndex = rows.at(-1)?.index ?? 0;

  useEffect(() => input.current?.focus(), []);

  // The filters and the results follow every change to what search finds, made here or in another tab.
  const filtersRevision = useCoreRevision(['tags', 'values', 'experiments']);
  useEffect(() => {
    Promise.all([api()['tags.list']({}), api()['values.list']({}), api()['experiments.list']({ limit: 200 })])
      .then(([tags, values, experiments]) => setReference({ tags, values, experiments: experiments.items }))
      .catch((error: unknown) => useErrors.getState().report('Could not load the search filters', error));
  }, [filtersRevision]);

  const resultsRevision = useCoreRevision(['reflections', 'tags', 'values', 'strategy', 'versions', 'experiments']);
  useEffect(() => run(), [text, filters, run, resultsRevision]);

  useEffect(() => {
    if (hasMore && lastIndex >= hits.length - 10) void loadMore();
  }, [hasMore, lastIndex, hits.length, loadMore]);

  function openHit(hit: SearchHit) {
    const destination = hitDestination(hit);
    if ('view' in destination) useNavigation.getState().go(destination.view);
    else useNavigation.getState().open(destination);
  }

  function move(index: number) {
    const next = Math.max(0, Math.min(hits.length - 1, index));
    setActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  }

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    const steps: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: 8, PageUp: -8 };
    if (event.key in steps && hits.length > 0) {
      event.preventDefault();
      move(active + (steps[event.key] ?? 0));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const hit = hits[active];
      if (hit) openHit(hit);
    }
  }

  const set = (patch: Partial<typeof filters>) => setFilters({ ...filters, ...patch });
  const filtered = Object.values(filters).some(Boolean);
  const activeId = hits[active] ? `hit-${hits[active].id}` : undefined;
  const said = searchSummary({ count: hits.length, hasMore, order, status, limitedToNewest });

  return (
    <section className="view search-view" aria-labelledby="search-heading">
      <header className="view-header">
        <h1 id="search-heading" tabIndex={-1}>Search</h1>
      </header>
      <div className="search-body">
        <div className="search-controls">
          <label className="visually-hidden" htmlFor="search-input">
            Search everything
          </label>
          <input
            dir="auto"
            id="search-input"
            ref={input}
            className="search-input"
            type="search"
            role="combobox"
            aria-expanded={hits.length > 0}
            aria-controls="search-results"
            aria-activedescendant={activeId}
            aria-autocomplete="list"
            placeholder="Search everything you wrote — words, the start of a word, or “exact phrases”"
            value={text}
            onChange={(event) => setText(event.target.value)}
            onKeyDown={onKeyDown}
          />
          <div className="search-filters" role="group" aria-label="Filters">
            <label className="filter">
              <span>Tag</span>
              <select value={filters.tag ?? ''} onChange={(event) => set({ tag: event.target.value || undefined })}>
                <option value="">Any tag</option>
                {reference.tags.map((tag) => (
                  <option key={tag.id} value={tag.name}>
                    {tag.name}
                  </option>
                ))}
              </select>
            </label>
            <label className="filter">
              <span>Value</span>
              <select value={filters.valueId ?? ''} onChange={(event) => set({ valueId: event.target.value || undefined })}>
                <option value="">Any value</option>
                {reference.values.map((value) => (
                  <option key={value.id} value={value.id}>
                    {value.label}
                  </option>
                ))}
              </select>
            </label>
            <label className="filter">
              <span>Experiment</span>
              <select value={filters.experimentId ?? ''} onChange={(event) => set({ experimentId: event.target.value || undefined })}>
                <option value="">Any experiment</option>
                {reference.experiments.map((experiment) => (
                  <option key={experiment.id} value={experiment.id}>
                    {experiment.title}
                  </option>
                ))}
              </select>
            </label>
            <label className="filter">
              <span>From</span>
              <input type="date" value={filters.from ?? ''} onChange={(event) => set({ from: event.target.value || undefined })} />
            </label>
            <label className="filter">
              <span>To</span>
              <input type="date" value={filters.to ?? ''} onChange={(event) => set({ to: event.target.value || undefined })} />
            </label>
            {filtered && (
              <button type="button" className="button button-quiet button-small filter-clear" onClick={() => setFilters({})}>
                Clear filters
              </button>
            )}
          </div>
          <p className="search-summary" aria-live="polite">
            {said}
          </p>
        </div>

        <div className="search-results" ref={scroller}>
          {status === 'idle' && hits.length === 0 ? (
            <div className="search-hint">
              <h2>Find any stone on the trail</h2>
              <p>
                Type a few words: reflections, experiments, people, places, values, your strategy and version notes are found as you type, with
                the matching words highlighted. ↑ and ↓ move, Enter opens the result.
              </p>
            </div>
          ) : (
            <ul
              id="search-results"
              role="listbox"
              aria-label="Search results"
              aria-activedescendant={activeId}
              tabIndex={0}
              className="hit-rows"
              style={{ height: virtualizer.getTotalSize() }}
              onKeyDown={onKeyDown}
            >
              {rows.map((row) => {
                const hit = hits[row.index];
                if (!hit) return null;
                return (
                  <li
                    key={row.key}
                    id={`hit-${hit.id}`}
                    role="option"
                    aria-selected={row.index === active}
                    className="hit-row"
                    style={{ transform: `translateY(${row.start}px)`, height: ROW_HEIGHT }}
                    onMouseDown={(event) => event.preventDefault()}
                    onClick={() => {
                      setActive(row.index);
                      openHit(hit);
                    }}
                  >
                    <span className="hit-meta">
                      <span className="hit-kind">{kindLabels[hit.kind]}</span>
                      {hit.date ? ` · ${formatEntryDateShort(hit.date)}` : ''}
                    </span>
                    <span className="hit-title">{hitTitle(hit)}</span>
                    <Snippet hit={hit} />
                  </li>
                );
              })}
            </ul>
          )}
        </div>
      </div>
    </section>
  );
}
