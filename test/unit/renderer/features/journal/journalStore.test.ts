// Opening an entry that is not among the loaded pages fetches it by id; stepping past the loaded page pages on; a page
// that arrives after the journal changed, or after a newer request, is not shown.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Reflection } from '../../../../../shared/domain/reflection';
import { aReflection } from '../../fixtures';

const calls: { operation: string; input: unknown }[] = [];
/** While set, list answers wait for it: a slow answer. */
let hold: Promise<void> | null = null;
const reflection = (id: string, entryDate: string): Reflection =>
  aReflection({ id, entryDate, title: `Entry ${id}`, createdAt: '2026-01-01T10:00:00.000Z', updatedAt: '2026-01-01T10:00:00.000Z' });
const older = reflection('00000000-0000-4000-8000-000000000003', '2020-01-01');

vi.mock('../../../../../renderer/app/client', () => ({
  // These tests send no change reports.
  onCoreChange: () => () => {},
  api: () =>
    new Proxy(
      {},
      {
        get: (_target, operation: string) => async (input: unknown) => {
          calls.push({ operation, input });
          if (operation === 'reflections.get') return older;
          if (operation === 'reflections.list') {
            if (hold) await hold;
            if ((input as { tag?: string }).tag) return { items: [], nextCursor: null };
            const cursor = (input as { cursor?: string }).cursor;
            return cursor
              ? { items: [older], nextCursor: null }
              : { items: [reflection('00000000-0000-4000-8000-000000000001', '2026-01-02'), reflection('00000000-0000-4000-8000-000000000002', '2026-01-01')], nextCursor: '2026-01-01|2026-01-01T10:00:00.000Z|00000000-0000-4000-8000-000000000002' };
          }
          throw new Error(`unexpected ${operation}`);
        },
      },
    ),
}));

const { useJournal } = await import('../../../../../renderer/features/journal/journalStore');

beforeEach(async () => {
  calls.length = 0;
  hold = null;
  useJournal.getState().reset();
  await useJournal.getState().load();
});

describe('journal store', () => {
  it('fetches an entry by id when it is not in the loaded pages, and passes on the text to select', async () => {
    await useJournal.getState().open(older.id, 'lighthouse');
    expect(calls.at(-1)).toEqual({ operation: 'reflections.get', input: { id: older.id } });
    expect(useJournal.getState().current?.id).toBe(older.id);
    expect(useJournal.getState().find).toBe('lighthouse');
  });

  it('opens a loaded entry without asking the store', async () => {
    const count = calls.length;
    await useJournal.getState().open('00000000-0000-4000-8000-000000000002');
    expect(calls).toHaveLength(count);
    expect(useJournal.getState().current?.title).toBe('Entry 00000000-0000-4000-8000-000000000002');
  });

  it('steps to the next entry, loading the next page at the end of the loaded ones', async () => {
    await useJournal.getState().selectAdjacent(1);
    expect(useJournal.getState().current?.id).toBe('00000000-0000-4000-8000-000000000001');
    await useJournal.getState().selectAdjacent(1);
    await useJournal.getState().selectAdjacent(1);
    expect(useJournal.getState().current?.id).toBe(older.id);
    expect(calls.filter((call) => call.operation === 'reflections.list')).toHaveLength(2);
    await useJournal.getState().selectAdjacent(-1);
    expect(useJournal.getState().current?.id).toBe('00000000-0000-4000-8000-000000000002');
  });

  it('does not show a page that arrives after another view asked for a reload, and loads afresh', async () => {
    let release = () => {};
    hold = new Promise((resolve) => (release = resolve));
    useJournal.getState().reset();
    const slow = useJournal.getState().load();
    // What a view that just wrote a reflection does (EvidenceLog): the journal loads again when it is next shown.
    useJournal.setState({ status: 'idle' });
    release();
    await slow;
    expect(useJournal.getState()).toMatchObject({ status: 'idle', items: [] });
  });

  it('shows the newest filter’s page when an older request answers last', async () => {
    let release = () => {};
    hold = new Promise((resolve) => (release = resolve));
    const tagged = useJournal.getState().setFilter({ tag: 'travel' });
    await vi.waitFor(() => expect(calls.some((call) => (call.input as { tag?: string }).tag === 'travel')).toBe(true));
    hold = null;
    await useJournal.getState().setFilter({});
    release();
    await tagged;
    expect(useJournal.getState().status).toBe('ready');
    expect(useJournal.getState().items).toHaveLength(2);
  });
});
