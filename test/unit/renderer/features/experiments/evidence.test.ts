// The evidence log reads oldest first; reflections already linked are not offered again.
import { describe, expect, it } from 'vitest';
import { evidenceInDateOrder, linkableReflections, reflectionLabel } from '../../../../../renderer/features/experiments/evidence';
import { aReflection } from '../../fixtures';

describe('evidence', () => {
  it('orders by entry date, then by when each was written', () => {
    const items = [
      aReflection({ id: 'late', entryDate: '2026-03-09' }),
      aReflection({ id: 'second', entryDate: '2026-03-02', createdAt: '2026-03-02T12:00:00.000Z' }),
      aReflection({ id: 'first', entryDate: '2026-03-02', createdAt: '2026-03-02T08:00:00.000Z' }),
    ];
    expect(evidenceInDateOrder(items).map((r) => r.id)).toEqual(['first', 'second', 'late']);
  });

  it('offers only reflections not yet linked to this experiment', () => {
    const items = [aReflection({ id: 'linked', experimentIds: ['e1'] }), aReflection({ id: 'other', experimentIds: ['e2'] })];
    expect(linkableReflections(items, 'e1').map((r) => r.id)).toEqual(['other']);
  });

  it('labels an untitled reflection by the start of its text', () => {
    expect(reflectionLabel(aReflection({ body: 'Met Priya at the meetup\nMore later' }))).toBe('Met Priya at the meetup');
    expect(reflectionLabel(aReflection({ body: 'x'.repeat(80) }))).toHaveLength(60);
  });
});
