// Keyboard navigation reaches every timeline item, in a fixed order, and stops at the ends.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { binDailyCounts, reflectionMarks } from '../../../../../shared/domain/timeline/bucketing';
import { layoutVersionMarkers, packExperimentLanes } from '../../../../../shared/domain/timeline/lanes';
import {
  commandForKey,
  navigate,
  navigationOrder,
  timelineNavigationItems,
  type NavigableItem,
} from '../../../../../shared/domain/timeline/navigation';

describe('timelineNavigationItems + navigationOrder', () => {
  it('orders versions, experiments and reflections by time, then from the top lane down', () => {
    const experiments = packExperimentLanes(
      [
        { id: 'walk', title: 'Walking meetings', status: 'running', actualStart: '2024-03-01' },
        { id: 'talk', title: 'Give a talk', status: 'planned', plannedStart: '2024-03-01', plannedEnd: '2024-03-02' },
      ],
      '2024-03-10',
    );
    const versions = layoutVersionMarkers([{ id: 'v1', createdAt: new Date(2024, 2, 1).toISOString(), note: 'first' }], {
      x: () => 0,
      labelWidth: () => 10,
    });
    const bins = binDailyCounts(new Map([['2024-03-01', 1], ['2024-02-28', 2]]), 'day', [
      new Date(2024, 1, 28),
      new Date(2024, 2, 2),
    ]);
    const items = timelineNavigationItems({ versions, experiments, reflections: reflectionMarks(bins, 'day') });
    expect(navigationOrder(items)).toEqual([
      'reflections:2024-02-28',
      'version:v1',
      'experiment:talk',
      'experiment:walk',
      'reflections:2024-03-01',
    ]);
  });

  const itemArb = fc.record({
    key: fc.string({ minLength: 1, maxLength: 4 }),
    kind: fc.constantFrom('version' as const, 'experiment' as const, 'reflections' as const),
    id: fc.string(),
    at: fc.integer({ min: 0, max: 5 }).map((day) => new Date(2024, 0, 1 + day)),
    lane: fc.integer({ min: 0, max: 3 }),
  });

  it('reaches every item exactly once by pressing next from the first, whatever order items arrive in', () => {
    fc.assert(
      fc.property(fc.uniqueArray(itemArb, { selector: (item) => item.key, maxLength: 30 }), (items: NavigableItem[]) => {
        const order = navigationOrder(items);
        expect(navigationOrder([...items].reverse())).toEqual(order);
        const visited: string[] = [];
        let current = navigate(order, null, 'first');
        while (current !== null && visited.at(-1) !== current) {
          visited.push(current);
          current = navigate(order, current, 'next');
        }
        expect(visited).toEqual(order);
        expect(new Set(visited)).toEqual(new Set(items.map((item) => item.key)));
      }),
    );
  });
});

describe('navigate', () => {
  const order = ['a', 'b', 'c'];

  it('moves one step and stays put at either end', () => {
    expect(navigate(order, 'b', 'next')).toBe('c');
    expect(navigate(order, 'c', 'next')).toBe('c');
    expect(navigate(order, 'b', 'previous')).toBe('a');
    expect(navigate(order, 'a', 'previous')).toBe('a');
  });

  it('jumps to the ends, and enters from the matching end when nothing is focused', () => {
    expect(navigate(order, 'b', 'first')).toBe('a');
    expect(navigate(order, 'b', 'last')).toBe('c');
    expect(navigate(order, null, 'next')).toBe('a');
    expect(navigate(order, 'gone', 'previous')).toBe('c');
    expect(navigate([], null, 'next')).toBeNull();
  });

  it('maps arrow, Home and End keys to commands and ignores other keys', () => {
    expect(['ArrowRight', 'ArrowLeft', 'Home', 'End', 'Enter'].map(commandForKey)).toEqual([
      'next',
      'previous',
      'first',
      'last',
      null,
    ]);
  });
});
