// The journal: the list of reflections beside the one being written.
import { useEffect } from 'react';
import { FollowUpsPanel } from '../experiments/FollowUpsPanel';
import { ReflectionEditor } from './ReflectionEditor';
import { ReflectionList } from './ReflectionList';
import { useJournal } from './journalStore';
import { useNavigation } from '../shell/navigationStore';

export function JournalView() {
  const { items, nextCursor, selectedId, status, creating, load, loadMore, select, create } = useJournal();

  useEffect(() => {
    if (status === 'idle') void load();
  }, [status, load]);

  useEffect(() => {
    // The benchmark's time-to-interactive: the list is loaded and the editor can take input.
    if (status === 'ready' && performance.getEntriesByName('cairn:interactive').length === 0) {
      performance.mark('cairn:interactive');
    }
  }, [status]);

  const request = useNavigation((state) => state.request);
  useEffect(() => {
    if (request?.kind !== 'reflection') return;
    const wanted = useNavigation.getState().take('reflection');
    if (wanted) select(wanted.id);
  }, [request, select]);

  const selected = items.find((r) => r.id === selectedId);

  return (
    <section className="view journal" aria-labelledby="journal-heading">
      <header className="view-header">
        <h1 id="journal-heading">Journal</h1>
        <button type="button" className="button button-primary" onClick={() => void create()}>
          New reflection
        </button>
      </header>
      <FollowUpsPanel />
      <div className="journal-body">
        {status === 'ready' && items.length === 0 && !creating ? (
          <div className="empty-state">
            <h2>Your first stone</h2>
            <p>
              Each reflection marks a step on the trail. Write what today’s work gave you and what it cost, and over
              time Cairn shows the way you actually walked.
            </p>
            <button type="button" className="button button-primary" onClick={() => void create()}>
              Write your first reflection
            </button>
          </div>
        ) : (
          <>
            <ReflectionList
              items={items}
              selectedId={selectedId}
              hasMore={nextCursor !== null}
              onSelect={select}
              onLoadMore={() => void loadMore()}
            />
            {selected ? (
              <ReflectionEditor key={selected.id} reflection={selected} />
            ) : (
              <div className="empty-state" aria-live="polite">
                <p>{creating ? 'Starting a new reflection…' : 'Choose a reflection, or start a new one.'}</p>
              </div>
            )}
          </>
        )}
      </div>
    </section>
  );
}
