// Test helpers for Insight: entries made from a few fields, the names they link to, and random journals for properties.
import fc from 'fast-check';
import type { ListedEntry } from '../../../../../shared/domain/insight/insight';
import type { InsightNames } from '../../../../../shared/domain/insight/insightEntry';

let counter = 0;

export function entry(date: string, fields: Partial<Omit<ListedEntry, 'date'>> = {}): ListedEntry {
  counter += 1;
  return {
    id: `r${counter}`,
    date,
    title: `Entry ${counter}`,
    lead: '',
    energy: null,
    engagement: null,
    valueIds: [],
    tags: [],
    experimentIds: [],
    personIds: [],
    ...fields,
  };
}

export const names: InsightNames = {
  values: [
    { id: 'teaching', label: 'Teaching', colour: '#b4654a' },
    { id: 'admin', label: 'Admin', colour: '#4a6fb4' },
    { id: 'building', label: 'Building', colour: '#3d6b4f' },
  ],
  valueLabels: new Map([
    ['teaching', 'Teaching'],
    ['admin', 'Admin'],
    ['building', 'Building'],
    ['archived', 'Writing'],
  ]),
  experiments: new Map([['shadow', 'Shadow a data team']]),
  people: new Map([['priya', 'Priya']]),
};

const ratingArb = fc.option(fc.integer({ min: 1, max: 5 }), { nil: null });
const subset = <T>(pool: readonly T[]) => fc.subarray([...pool]);

/** Random journals over 2024–2025 whose links come from small pools, so factors repeat, sorted as the core reads them. */
export const journalArb = fc
  .array(
    fc.record({
      day: fc.integer({ min: 0, max: 729 }),
      energy: ratingArb,
      engagement: ratingArb,
      valueIds: subset(['teaching', 'admin', 'building', 'archived']),
      tags: subset(['focus', 'meetings', 'travel']),
      experimentIds: subset(['shadow']),
      personIds: subset(['priya']),
    }),
    { maxLength: 120 },
  )
  .map((rows) =>
    rows
      .map(({ day, ...fields }) => entry(new Date(Date.UTC(2024, 0, 1 + day)).toISOString().slice(0, 10), fields))
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
  );
