// The first page asked for at start-up is used only while still true: a reflection saved before the journal first shows
// (the first run's) makes the journal ask again instead of showing "Your first stone".
import { describe, expect, it, vi } from 'vitest';
import type { CoreChange } from '../../../../../shared/changes';
import type { Reflection } from '../../../../../shared/domain/reflection';
import { aReflection } from '../../fixtures';

const firstRunReflection = aReflection({ id: '00000000-0000-4000-8000-000000000001', title: 'What gave you energy this week?' });

let stored: Reflection[] = [];
const listeners: Array<(change: CoreChange) => void> = [];

vi.mock('../../../../../renderer/app/client', () => ({
  onCoreChange: (_aggregates: unknown, listener: (change: CoreChange) => void) => {
    listeners.push(listener);
    return () => {};
  },
  api: () =>
    new Proxy(
      {},
      {
        get: (_target, operation: string) => async () => {
          if (operation === 'reflections.list') return { items: [...stored], nextCursor: null };
          return [];
        },
      },
    ),
}));

const { prefetchFirstPage, useJournal } = await import('../../../../../renderer/features/journal/journalStore');

describe('the start-up page', () => {
  it('is asked for again when reflections changed before the journal first loaded', async () => {
    prefetchFirstPage();
    await Promise.resolve();
    stored = [firstRunReflection];
    for (const listener of listeners) listener({ aggregates: ['reflections'], ids: { reflections: [firstRunReflection.id] } });
    await useJournal.getState().load();
    expect(useJournal.getState().items.map((item) => item.id)).toEqual([firstRunReflection.id]);
  });

  it('is used when nothing changed meanwhile', async () => {
    stored = [firstRunReflection];
    prefetchFirstPage();
    stored = [];
    useJournal.getState().reset();
    await useJournal.getState().load();
    expect(useJournal.getState().items.map((item) => item.id)).toEqual([firstRunReflection.id]);
  });
});
