// Failed operations waiting for the person to read them; nothing fails silently.
import { create } from 'zustand';
import { ApiError } from '../../app/api';
import { useSecurity } from '../security/securityStore';

export interface ShownError {
  id: number;
  title: string;
  message: string;
}

interface ErrorState {
  errors: ShownError[];
  report(title: string, error: unknown): void;
  dismiss(id: number): void;
}

let nextId = 1;

export const useErrors = create<ErrorState>((set) => ({
  errors: [],
  report: (title, error) => {
    // The journal locked itself (auto-lock): the unlock screen explains that better than a toast.
    if (error instanceof ApiError && error.code === 'JOURNAL_LOCKED') {
      void useSecurity.getState().refresh().catch(() => {});
      return;
    }
    set((state) => {
      const message = error instanceof Error ? error.message : String(error);
      // The same failure twice in a row (e.g. blur, then Save) is one problem, shown once.
      const others = state.errors.filter((e) => e.title !== title || e.message !== message);
      return { errors: [...others.slice(-4), { id: nextId++, title, message }] };
    });
  },
  dismiss: (id) => set((state) => ({ errors: state.errors.filter((e) => e.id !== id) })),
}));
