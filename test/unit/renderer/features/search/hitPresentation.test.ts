// Each search result names its kind, has a title even when untitled, and opens where it lives.
import { describe, expect, it } from 'vitest';
import { searchKinds, type SearchHit } from '../../../../../shared/domain/searchQuery';
import { hitDestination, hitTitle, kindLabels } from '../../../../../renderer/features/search/hitPresentation';

const hit = (patch: Partial<SearchHit>): SearchHit => ({
  kind: 'reflection',
  id: 'r1',
  title: '',
  date: null,
  experimentId: null,
  snippet: { text: 'the kiln opened', ranges: [{ start: 4, end: 8 }] },
  ...patch,
});

describe('search hit presentation', () => {
  it('labels and titles every kind, untitled ones included', () => {
    for (const kind of searchKinds) {
      expect(kindLabels[kind]).toMatch(/^[A-Z]/);
      expect(hitTitle(hit({ kind, title: '  ' }))).not.toBe('');
    }
    expect(hitTitle(hit({ kind: 'person', title: 'Ada' }))).toBe('Ada');
  });

  it('opens an entry at its match, a person or place at their experiment, a version on the timeline, the rest in the strategy', () => {
    expect(hitDestination(hit({}))).toEqual({ kind: 'reflection', id: 'r1', find: 'kiln' });
    expect(hitDestination(hit({ kind: 'experiment', id: 'e1' }))).toEqual({ kind: 'experiment', id: 'e1' });
    expect(hitDestination(hit({ kind: 'person', id: 'p1', experimentId: 'e1' }))).toEqual({ kind: 'experiment', id: 'e1' });
    expect(hitDestination(hit({ kind: 'place', id: 'l1', experimentId: 'e2' }))).toEqual({ kind: 'experiment', id: 'e2' });
    expect(hitDestination(hit({ kind: 'version', id: 'v1' }))).toEqual({ kind: 'version', id: 'v1' });
    expect(hitDestination(hit({ kind: 'value', id: 'x' }))).toEqual({ view: 'strategy' });
    expect(hitDestination(hit({ kind: 'strategy', id: 'strategy' }))).toEqual({ view: 'strategy' });
  });
});
