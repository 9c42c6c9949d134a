// Region evidence counts each item once, in the exact combination of shown values it is linked to.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countEvidence,
  countFor,
  itemsInRegion,
  linksForRegion,
  type EvidenceItem,
} from '../../../../shared/domain/evidence';

const item = (id: string, valueIds: string[], date = '2026-01-01'): EvidenceItem => ({
  kind: 'reflection',
  id,
  title: id,
  date,
  valueIds,
});

describe('region evidence', () => {
  const shown = ['teach', 'build', 'connect'];
  const items = [
    item('a', ['teach']),
    item('b', ['teach', 'build'], '2026-02-01'),
    item('c', ['build', 'teach', 'hidden'], '2026-03-01'),
    item('d', ['hidden']),
    item('e', ['teach', 'build', 'connect']),
  ];

  it('counts exact combinations, ignoring values not shown', () => {
    const counts = countEvidence(items, shown);
    expect(countFor(counts, ['teach'])).toBe(1);
    expect(countFor(counts, ['build', 'teach'])).toBe(2);
    expect(countFor(counts, ['teach', 'build', 'connect'])).toBe(1);
    expect(countFor(counts, ['connect'])).toBe(0);
  });

  it('lists exactly the items of a region, newest first', () => {
    expect(itemsInRegion(items, shown, ['build', 'teach']).map((i) => i.id)).toEqual(['c', 'b']);
    expect(itemsInRegion(items, shown, ['teach']).map((i) => i.id)).toEqual(['a']);
  });

  it('dropping onto a region replaces shown links and keeps hidden ones', () => {
    expect(linksForRegion(['teach', 'hidden'], shown, ['build', 'connect'])).toEqual(['hidden', 'build', 'connect']);
  });

  it('counts every item touching a shown value exactly once', () => {
    const ids = ['v1', 'v2', 'v3', 'v4'];
    fc.assert(
      fc.property(fc.array(fc.subarray(ids), { maxLength: 40 }), fc.subarray(ids, { minLength: 1 }), (links, visible) => {
        const all = links.map((valueIds, index) => item(String(index), valueIds));
        const total = countEvidence(all, visible).reduce((sum, entry) => sum + entry.count, 0);
        expect(total).toBe(links.filter((valueIds) => valueIds.some((id) => visible.includes(id))).length);
      }),
    );
  });
});
