// Whether the person has folded the sidebar away, remembered on this computer for the next time Cairn opens.
import { create } from 'zustand';

const KEY = 'cairn.sidebarCollapsed';

function readStored(): boolean {
  try {
    return window.localStorage.getItem(KEY) === 'true';
  } catch {
    return false;
  }
}

interface SidebarState {
  collapsed: boolean;
  toggle(): void;
}

export const useSidebar = create<SidebarState>((set, get) => ({
  collapsed: readStored(),
  toggle() {
    const collapsed = !get().collapsed;
    set({ collapsed });
    try {
      window.localStorage.setItem(KEY, String(collapsed));
    } catch {
      // A page without storage still folds the sidebar; it opens unfolded next time.
    }
  },
}));
