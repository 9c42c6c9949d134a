// The Undo offered right after a delete: one at a time, bringing the item back from Recently deleted.
import { create } from 'zustand';
import type { TrashRef } from '../../../shared/domain/trash';
import { api } from '../../app/client';
import { useErrors } from './errorStore';

export interface UndoOffer {
  id: number;
  message: string;
  item: TrashRef;
  /** After the restore: e.g. opens the item again. Lists refetch on their own through the change feed. */
  onRestored?(): void;
}

interface UndoState {
  offer: UndoOffer | null;
  /** Replaces any earlier offer: that item stays restorable from Recently deleted. */
  show(message: string, item: TrashRef, onRestored?: () => void): void;
  undo(): Promise<void>;
  dismiss(): void;
}

let nextId = 1;

export const useUndo = create<UndoState>((set, get) => ({
  offer: null,
  show: (message, item, onRestored) => set({ offer: { id: nextId++, message, item, onRestored } }),
  async undo() {
    const offer = get().offer;
    if (!offer) return;
    set({ offer: null });
    try {
      await api()['trash.restore'](offer.item);
      offer.onRestored?.();
    } catch (error) {
      useErrors.getState().report('It could not be brought back; it is still in Recently deleted', error);
    }
  },
  dismiss: () => set({ offer: null }),
}));
