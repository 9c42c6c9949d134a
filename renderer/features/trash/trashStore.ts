// Recently deleted: the items waiting in the trash, and restoring or deleting them for good.
import { create } from 'zustand';
import type { TrashItem, TrashRef } from '../../../shared/domain/trash';
import { api, onCoreChange } from '../../app/client';
import { useErrors } from '../shell/errorStore';

interface TrashState {
  items: TrashItem[];
  status: 'idle' | 'loading' | 'ready';
  /** Said to screen readers after a restore or a deletion. */
  announcement: string;
  load(): Promise<void>;
  restore(item: TrashRef & { title: string }): Promise<void>;
  deleteForever(item: TrashRef & { title: string }): Promise<void>;
  empty(): Promise<void>;
}

const without = (items: TrashItem[], ref: TrashRef) => items.filter((item) => item.kind !== ref.kind || item.id !== ref.id);

export const useTrash = create<TrashState>((set, get) => ({
  items: [],
  status: 'idle',
  announcement: '',

  async load() {
    set({ status: 'loading' });
    try {
      set({ items: await api()['trash.list']({}), status: 'ready' });
    } catch (error) {
      set({ status: 'ready' });
      useErrors.getState().report('Could not load Recently deleted', error);
    }
  },

  async restore(item) {
    try {
      await api()['trash.restore']({ kind: item.kind, id: item.id });
      set((state) => ({ items: without(state.items, item), announcement: `Restored “${item.title}”.` }));
    } catch (error) {
      useErrors.getState().report(`“${item.title}” was not restored`, error);
    }
  },

  async deleteForever(item) {
    try {
      await api()['trash.deleteForever']({ kind: item.kind, id: item.id });
      set({ announcement: `Deleted “${item.title}” for good.` });
      // Deleting an experiment for good takes its deleted people and places with it.
      await get().load();
    } catch (error) {
      useErrors.getState().report(`“${item.title}” was not deleted`, error);
    }
  },

  async empty() {
    try {
      const { deleted } = await api()['trash.empty']({});
      set({ items: [], announcement: `Deleted ${deleted === 1 ? 'one item' : `${deleted} items`} for good.` });
    } catch (error) {
      useErrors.getState().report('Recently deleted was not emptied', error);
      await get().load();
    }
  },
}));

// A delete anywhere, or a restore, changes what waits here; the views that show restored items refetch on their own.
onCoreChange(['trash'], () => {
  if (useTrash.getState().status !== 'idle') void useTrash.getState().load();
});
