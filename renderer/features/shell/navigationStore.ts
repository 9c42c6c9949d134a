// Which view the app shows; the sidebar and menu commands change it.
import { create } from 'zustand';

export const views = ['journal', 'strategy', 'experiments', 'timeline', 'search', 'settings'] as const;
export type View = (typeof views)[number];

interface NavigationState {
  view: View;
  go(view: View): void;
}

export const useNavigation = create<NavigationState>((set) => ({
  view: 'journal',
  go: (view) => set({ view }),
}));
