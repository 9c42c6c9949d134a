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
    set((state) => ({
      errors: [
        ...state.errors.slice(-4),
        { id: nextId++, title, message: error instanceof Error ? error.message : String(error) },
      ],
    })),
  dismiss: (id) => set((state) => ({ errors: state.errors.filter((e) => e.id !== id) })),
}));
