// The journal: the entry list (filtered by tag or calendar day) beside either the home or the open entry.
import { Suspense, useEffect, useState } from 'react';
import { announceJournalUsable } from '../../ui/journalUsable';
import { useNavigation } from '../shell/navigationStore';
import { editorChunk, LazyReflectionEditor } from './editorChunk';
import { EntryList } from './EntryList';
import { JournalHome } from './JournalHome';
import './journal.css';
import { OverflowActions } from '../../ui/OverflowActions';
import { useJournal } from './journalStore';
import { PromptPicker } from './PromptPicker';
import { reviewActions, ReviewMenuLabel } from './ReviewMenu';
import { formatEntryDateShort } from './reflectionText';
import { TagManager } from './TagManager';

function OpeningNote({ text }: { text: string }) {
  return (
    <div className="empty-state" aria-live="polite">
      <p>{text}</p>
    </div>
  );
}

export function JournalView() {
  const journal = useJournal();
  const { items, nextCursor, selectedId, current, status, creating, filter, tags, focusMode, editorRevision } = journal;
  const [managingTags, setManagingTags] = useState(false);

  useEffect(() => {
    if (status === 'idle') {
      void useJournal.getState().load();
      void useJournal.getState().loadReference();
    }
  }, [status]);

  useEffect(() => {
    // Usable: the list is loaded and the editor's code is here to take input (other views preload after it).
    if (status !== 'ready') return;
    void editorChunk.then(() => announceJournalUsable());
  }, [status]);

  const request = useNavigation((state) => state.request);
  useEffect(() => {
    if (request?.kind !== 'reflection') return;
    const wanted = useNavigation.getState().take('reflection');
    // `open` fetches the entry by id when it is not among the loaded pages.
    if (wanted) void useJournal.getState().open(wanted.id, wanted.find ?? null);
  }, [request]);

  const filtered = Boolean(filter.tag || filter.day);
  const empty = status === 'ready' && items.length === 0 && !filtered && !creating && !current;

  return (
    <section className={`view journal${focusMode ? ' is-focus-mode' : ''}`} aria-labelledby="journal-heading">
      <header className="view-header">
        <h1 id="journal-heading" tabIndex={-1}>Journal</h1>
        <OverflowActions
          label="Journal actions"
          actions={[
            { id: 'shortcuts', label: 'Shortcuts', content: <>Shortcuts <kbd>?</kbd></>, className: 'button button-quiet', onSelect: () => journal.setShortcutsOpen(true) },
            { id: 'review', label: 'Start a review', content: <ReviewMenuLabel />, menu: reviewActions },
            { id: 'prompt', label: 'Start from a prompt', onSelect: () => journal.setPromptPickerOpen(true) },
            { id: 'new', label: 'New reflection', className: 'button button-primary', kept: true, onSelect: () => void journal.create() },
          ]}
        />
      </header>
      {empty ? (
        <div className="journal-empty">
          <div className="empty-state">
            <h2>Your first stone</h2>
            <p>
              Each reflection marks a step on the trail. Write what today’s work gave you and what it cost, and over
              time Cairn shows the way you actually walked.
            </p>
            <div className="home-actions">
              <button type="button" className="button button-primary" onClick={() => void journal.create()}>
                Write your first reflection
              </button>
              <button type="button" className="button" onClick={() => journal.setPromptPickerOpen(true)}>
                Begin with a guided prompt
              </button>
            </div>
          </div>
        </div>
      ) : (
        <div className="journal-layout">
          <div className="entry-pane">
            <div className="entry-filter">
              <label className="visually-hidden" htmlFor="tag-filter">
                Filter by tag
              </label>
              <select
                id="tag-filter"
                value={filter.tag ?? ''}
                onChange={(event) => void journal.setFilter({ ...filter, tag: event.target.value || undefined })}
              >
                <option value="">All tags</option>
                {tags.map((tag) => (
                  <option key={tag.id} value={tag.name}>
                    {tag.name} ({tag.count})
                  </option>
                ))}
              </select>
              <button type="button" className="button button-quiet button-small" onClick={() => setManagingTags(true)}>
                Manage tags
              </button>
            </div>
            {filter.day && (
              <div className="filter-chip-row">
                <span className="filter-chip">
                  {formatEntryDateShort(filter.day)}
                  <button
                    type="button"
                    className="chip-remove"
                    aria-label="Show all days"
                    onClick={() => void journal.setFilter({ ...filter, day: undefined })}
                  >
                    ×
                  </button>
                </span>
              </div>
            )}
            {status === 'ready' && items.length === 0 ? (
              <p className="entry-list-note">No entries match. Clear the filter to see them all.</p>
            ) : (
              <EntryList
                items={items}
                selectedId={selectedId}
                hasMore={nextCursor !== null}
                loading={status === 'loading'}
                onOpen={(id) => void journal.open(id)}
                onLoadMore={() => void useJournal.getState().loadMore()}
              />
            )}
          </div>
          <div className="journal-main">
            {current ? (
              <Suspense fallback={<OpeningNote text="Opening the reflection…" />}>
                <LazyReflectionEditor key={`${current.id}:${editorRevision}`} reflection={current} />
              </Suspense>
            ) : creating || selectedId ? (
              <OpeningNote text={creating ? 'Starting a new reflection…' : 'Opening the reflection…'} />
            ) : (
              <JournalHome />
            )}
          </div>
        </div>
      )}
      <PromptPicker />
      <TagManager open={managingTags} onClose={() => setManagingTags(false)} />
    </section>
  );
}
