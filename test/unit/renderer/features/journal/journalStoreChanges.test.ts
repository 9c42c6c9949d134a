// The journal store follows the core's change reports: a known entry is fetched again (never replaced by an older
// copy), a deleted one leaves the list, a new one reloads the first page and keeps the older pages already loaded.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Reflection } from '../../../../../shared/domain/reflection';
import { aReflection } from '../../fixtures';

const reflection = (n: number, updatedAt = '2026-01-01T10:00:00.000Z', title = `Entry ${n}`): Reflection =>
  aReflection({ id: `00000000-0000-4000-8000-00000000000${n}`, entryDate: `2026-01-0${n}`, title, createdAt: '2026-01-01T10:00:00.000Z', updatedAt });

/** What the core holds now, newest first; the mock answers from it. */
let stored: Reflection[] = [];
/** The operations asked for, in order. */
let asked: string[] = [];
const PAGE = 2;

vi.mock('../../../../../renderer/app/client', async () => {
  const { ApiError } = await import('../../../../../renderer/app/api');
  return {
    // Changes are sent by calling applyChange, as the store's own subscription does.
    onCoreChange: () => () => {},
    api: () =>
      new Proxy(
        {},
        {
          get: (_target, operation: string) => async (input: { id?: string; cursor?: string }) => {
            asked.push(operation);
            if (operation === 'tags.list' || operation === 'values.list' || operation === 'prompts.list') return [];
            if (operation === 'reflections.get') {
              const found = stored.find((r) => r.id === input.id);
              if (!found) throw new ApiError('NOT_FOUND', 'That reflection no longer exists.');
              return found;
            }
            if (operation === 'reflections.list') {
              const start = input.cursor ? Number(input.cursor) : 0;
              const items = stored.slice(start, start + PAGE);
              return { items, nextCursor: start + PAGE < stored.length ? String(start + PAGE) : null };
            }
            throw new Error(`unexpected ${operation}`);
          },
        },
      ),
  };
});

const { useJournal } = await import('../../../../../renderer/features/journal/journalStore');
const titles = () => useJournal.getState().items.map((r) => r.title);
const changed = (ids?: string[]) => useJournal.getState().applyChange({ aggregates: ['reflections'], ids: ids ? { reflections: ids } : {} });

beforeEach(async () => {
  stored = [reflection(5), reflection(4), reflection(3), reflection(2)];
  useJournal.getState().reset();
  await useJournal.getState().load();
  await useJournal.getState().loadMore();
});

describe('journal store and the change feed', () => {
  it('fetches a changed entry again, in the list and as the open entry', async () => {
    await useJournal.getState().open(reflection(4).id);
    stored[1] = reflection(4, '2026-01-02T10:00:00.000Z', 'Renamed elsewhere');
    await changed([reflection(4).id]);
    expect(titles()).toEqual(['Entry 5', 'Renamed elsewhere', 'Entry 3', 'Entry 2']);
    expect(useJournal.getState().current?.title).toBe('Renamed elsewhere');
  });

  it('keeps a newer copy it already holds over an older answer', async () => {
    useJournal.setState({ items: [reflection(5, '2026-03-01T10:00:00.000Z', 'Saved here later'), ...useJournal.getState().items.slice(1)] });
    await changed([reflection(5).id]);
    expect(titles()[0]).toBe('Saved here later');
  });

  it('drops an entry deleted elsewhere, and closes it if it was open', async () => {
    await useJournal.getState().open(reflection(3).id);
    stored = stored.filter((r) => r.id !== reflection(3).id);
    await changed([reflection(3).id]);
    expect(titles()).toEqual(['Entry 5', 'Entry 4', 'Entry 2']);
    expect(useJournal.getState().current).toBeNull();
  });

  it('shows an entry written elsewhere and keeps the older pages it had loaded', async () => {
    stored = [reflection(6, undefined, 'Written elsewhere'), ...stored];
    await changed([reflection(6).id]);
    expect(titles()).toEqual(['Written elsewhere', 'Entry 5', 'Entry 4', 'Entry 3', 'Entry 2']);
  });

  it('asks for a changed entry before anything else, and counts tags again only when they may have changed', async () => {
    const id = reflection(4).id;
    asked = [];
    await useJournal.getState().applyChange({ aggregates: ['reflections', 'tags'], ids: { reflections: [id], tags: [] } });
    expect(asked).toEqual(['reflections.get']);
    asked = [];
    await useJournal.getState().applyChange({ aggregates: ['reflections', 'tags'], ids: { reflections: [id] } });
    expect(asked).toEqual(['reflections.get', 'tags.list']);
    // A restore from the trash names no tags, yet brings its links back: the counts may differ.
    asked = [];
    await useJournal.getState().applyChange({ aggregates: ['reflections', 'trash'], ids: { reflections: [id] } });
    expect(asked).toEqual(['reflections.get', 'tags.list']);
  });

  it('reloads in place when the whole journal changed', async () => {
    stored = [reflection(9, undefined, 'Imported')];
    await useJournal.getState().applyChange({ aggregates: ['journal'], ids: {} });
    expect(titles()).toEqual(['Imported']);
    expect(useJournal.getState().status).toBe('ready');
  });
});
