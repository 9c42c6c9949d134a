// What a search result says it is, the name it shows, and where opening it goes (people and places open their experiment).
import type { SearchHit, SearchKind } from '../../../shared/domain/searchQuery';
import type { OpenRequest, View } from '../shell/navigationStore';
import { firstHighlight } from './snippetParts';

export const kindLabels: Record<SearchKind, string> = {
  reflection: 'Reflection',
  experiment: 'Experiment',
  person: 'Person',
  place: 'Place',
  value: 'Value',
  strategy: 'Strategy',
  version: 'Version',
};

const untitled: Record<SearchKind, string> = {
  reflection: 'Untitled reflection',
  experiment: 'Untitled experiment',
  person: 'Unnamed person',
  place: 'Unnamed place',
  value: 'Unnamed value',
  strategy: 'Your aspiration, strengths and impact',
  version: 'Saved strategy version',
};

export function hitTitle(hit: SearchHit): string {
  return hit.title.trim() || untitled[hit.kind];
}

/** An item to open in its view, or the view to show when the item is that view (the strategy, a value). */
export function hitDestination(hit: SearchHit): OpenRequest | { view: View } {
  switch (hit.kind) {
    case 'reflection':
      return { kind: 'reflection', id: hit.id, find: firstHighlight(hit.snippet.text, hit.snippet.ranges) };
    case 'experiment':
      return { kind: 'experiment', id: hit.id };
    case 'person':
    case 'place':
      return hit.experimentId ? { kind: 'experiment', id: hit.experimentId } : { view: 'experiments' };
    case 'version':
      return { kind: 'version', id: hit.id };
    case 'value':
    case 'strategy':
      return { view: 'strategy' };
  }
}
