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
    set((state) => ({
      errors: [
        ...state.errors.slice(-4),
        { id: nextId++, title, message: error instanceof Error ? error.message : String(error) },
      ],
    }));
  },
  dismiss: (id) => set((state) => ({ errors: state.errors.filter((e) => e.id !== id) })),
}));
