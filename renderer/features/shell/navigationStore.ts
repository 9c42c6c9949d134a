// Which view the app shows, and a pending request to open one item there (a reflection, an experiment, a version, a check-in).
import { create } from 'zustand';

export const views = ['journal', 'strategy', 'experiments', 'timeline', 'insight', 'search', 'settings', 'trash'] as const;
export type View = (typeof views)[number];

/** Something another view asked to open; the target view takes it once it is showing. */
export type OpenRequest =
  | { kind: 'reflection'; id: string; /** Text to select once the entry is open (a search match). */ find?: string }
  | { kind: 'experiment'; id: string }
  | { kind: 'version'; id: string }
  | { kind: 'check-in'; note: string };

const viewFor: Record<OpenRequest['kind'], View> = {
  reflection: 'journal',
  experiment: 'experiments',
  version: 'timeline',
  'check-in': 'strategy',
};

interface NavigationState {
  view: View;
  request: OpenRequest | null;
  go(view: View): void;
  open(request: OpenRequest): void;
  /** Returns and clears the pending request if it is of this kind. */
  take<K extends OpenRequest['kind']>(kind: K): Extract<OpenRequest, { kind: K }> | null;
}

export const useNavigation = create<NavigationState>((set, get) => ({
  view: 'journal',
  request: null,
  go: (view) => set({ view }),
  open: (request) => set({ view: viewFor[request.kind], request }),
  take(kind) {
    const request = get().request;
    if (request?.kind !== kind) return null;
    set({ request: null });
    return request as Extract<OpenRequest, { kind: typeof kind }>;
  },
}));
