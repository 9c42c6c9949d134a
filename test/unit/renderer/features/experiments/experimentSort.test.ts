// The experiments list sorts by any column, both ways, with undated or unrated experiments always last.
import { describe, expect, it } from 'vitest';
import { sortExperiments } from '../../../../../renderer/features/experiments/experimentSort';
import { anExperiment } from '../../fixtures';

const items = [
  anExperiment({ id: 'a', title: 'Pottery', status: 'running', plannedStart: '2026-04-01', energy: 2 }),
  anExperiment({ id: 'b', title: 'coffee chat', status: 'idea', energy: null }),
  anExperiment({ id: 'c', title: 'Meetups', status: 'concluded', actualStart: '2026-02-01', plannedStart: '2026-05-01', energy: 5 }),
];
const titles = (sorted: typeof items) => sorted.map((e) => e.title);

describe('sorting experiments', () => {
  it('sorts titles without regard to case, either way', () => {
    expect(titles(sortExperiments(items, { key: 'title', direction: 'ascending' }))).toEqual(['coffee chat', 'Meetups', 'Pottery']);
    expect(titles(sortExperiments(items, { key: 'title', direction: 'descending' }))).toEqual(['Pottery', 'Meetups', 'coffee chat']);
  });

  it('sorts status in the order of the method, not the alphabet', () => {
    expect(titles(sortExperiments(items, { key: 'status', direction: 'ascending' }))).toEqual(['coffee chat', 'Pottery', 'Meetups']);
  });

  it('uses the actual start over the planned one, and keeps experiments without a value last in both directions', () => {
    expect(titles(sortExperiments(items, { key: 'start', direction: 'ascending' }))).toEqual(['Meetups', 'Pottery', 'coffee chat']);
    expect(titles(sortExperiments(items, { key: 'energy', direction: 'descending' }))).toEqual(['Meetups', 'Pottery', 'coffee chat']);
    expect(titles(sortExperiments(items, { key: 'energy', direction: 'ascending' }))).toEqual(['Pottery', 'Meetups', 'coffee chat']);
  });
});
