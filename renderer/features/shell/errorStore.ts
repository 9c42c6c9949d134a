// Failed operations waiting for the person to read them; nothing fails silently.
import { create } from 'zustand';

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
  report: (title, error) =>
    set((state) => {
      const message = error instanceof Error ? error.message : String(error);
      // The same failure twice in a row (e.g. blur, then Save) is one problem, shown once.
      const others = state.errors.filter((e) => e.title !== title || e.message !== message);
      return { errors: [...others.slice(-4), { id: nextId++, title, message }] };
    }),
  dismiss: (id) => set((state) => ({ errors: state.errors.filter((e) => e.id !== id) })),
}));
