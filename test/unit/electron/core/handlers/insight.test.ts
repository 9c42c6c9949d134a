// insight.summary: the ratings and links read in SQL over a range, computed by the pure module, through the contract.
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../../../electron/core/core';
import { call, failure, startCore } from '../coreFixture';

let core: Core | undefined;
afterEach(() => {
  core?.close();
  core = undefined;
});

function open(): Core {
  core = startCore();
  return core;
}

describe('insight.summary', () => {
  it('says that Teaching days give energy and Admin days drain it, from what the journal holds', async () => {
    const journal = open();
    const teaching = await call(journal, 'values.create', { label: 'Teaching' });
    const admin = await call(journal, 'values.create', { label: 'Admin' });
    const unlived = await call(journal, 'values.create', { label: 'Simplifying' });
    for (const [day, energy] of [5, 4, 5, 4, 5, 4].entries()) {
      await call(journal, 'reflections.create', { entryDate: `2024-03-0${day + 1}`, title: `Workshop ${day + 1}`, energy, engagement: 5, valueIds: [teaching.id] });
    }
    for (let day = 0; day < 5; day += 1) {
      await call(journal, 'reflections.create', { entryDate: `2024-03-1${day}`, body: 'Expense reports all afternoon', energy: 2, engagement: null, tags: ['admin'], valueIds: [admin.id] });
    }
    await call(journal, 'reflections.create', { entryDate: '2024-03-20', title: 'Not rated' });

    const insight = await call(journal, 'insight.summary', { period: 'month' });
    expect(insight.from).toBe('2024-03-01');
    expect(insight.to).toBe('2024-03-20');
    expect(insight.periods).toEqual([expect.objectContaining({ firstDay: '2024-03-01', lastDay: '2024-03-31', energy: { rated: 11, mean: 37 / 11 } })]);
    expect(insight.periods[0]?.entries).toHaveLength(12);
    expect(insight.sentences.map((sentence) => sentence.text)).toEqual([
      'Days with Teaching average energy 4.5, against 2.0 on other days (6 entries).',
      'Days with Admin average energy 2.0, against 4.5 on other days (5 entries).',
      'Days tagged “admin” average energy 2.0, against 4.5 on other days (5 entries).',
    ]);
    const adminEntries = insight.sentences[1]?.entries.map((index) => insight.entries[index]);
    expect(adminEntries?.map((listed) => listed?.lead)).toEqual(Array(5).fill('Expense reports all afternoon'));
    expect(insight.valuesLived.map((value) => [value.valueId, value.entries.length])).toEqual([
      [teaching.id, 6],
      [admin.id, 5],
      [unlived.id, 0],
    ]);
  });

  it('counts among the values lived an experiment that tested one while it ran, and not one that never started', async () => {
    const journal = open();
    const building = await call(journal, 'values.create', { label: 'Building' });
    const criteria = { successCriteria: 'Two introductions', stopCriteria: 'Three draining evenings' };
    const ran = await call(journal, 'experiments.create', { title: 'Weekend furniture build', kind: 'side_project', valueIds: [building.id], status: 'planned', ...criteria });
    await call(journal, 'experiments.update', { id: ran.id, status: 'running', actualStart: '2024-03-05' });
    await call(journal, 'experiments.create', { title: 'Someday a workshop', valueIds: [building.id] });
    await call(journal, 'reflections.create', { entryDate: '2024-03-01', title: 'A quiet day' });
    await call(journal, 'reflections.create', { entryDate: '2024-03-20', title: 'Another' });

    const insight = await call(journal, 'insight.summary', { period: 'week' });
    expect(insight.valuesLived).toEqual([
      expect.objectContaining({ valueId: building.id, entries: [], experiments: [{ id: ran.id, title: 'Weekend furniture build' }] }),
    ]);
    expect(insight.valuesLived[0]?.text).toMatch(/^Building: expressed in 1 experiment, in 3 of 4 weeks\.$/);
  });

  it('counts the people of a linked experiment, keeps to the range asked for, and leaves deleted entries out', async () => {
    const journal = open();
    const experiment = await call(journal, 'experiments.create', { title: 'Shadow a data team' });
    await call(journal, 'experiments.people.create', { experimentId: experiment.id, name: 'Priya' });
    const linked = await call(journal, 'reflections.create', { entryDate: '2024-05-02', energy: 5, experimentIds: [experiment.id] });
    const gone = await call(journal, 'reflections.create', { entryDate: '2024-05-03', energy: 1 });
    await call(journal, 'reflections.create', { entryDate: '2024-07-01', energy: 1 });
    await call(journal, 'reflections.delete', { id: gone.id });

    const insight = await call(journal, 'insight.summary', { period: 'week', from: '2024-04-29', to: '2024-06-30' });
    expect(insight.entries.map((listed) => listed.id)).toEqual([linked.id]);
    expect(insight.periods).toHaveLength(9);
    expect(insight.factors.map((factor) => [factor.kind, factor.label])).toEqual([
      ['experiment', 'Shadow a data team'],
      ['person', 'Priya'],
    ]);
  });

  it('answers an empty journal with no figures, and refuses a range that ends before it starts', async () => {
    const journal = open();
    expect(await call(journal, 'insight.summary', { period: 'quarter' })).toMatchObject({ from: null, entries: [], periods: [], sentences: [] });
    expect((await failure(journal, 'insight.summary', { period: 'week', from: '2024-02-01', to: '2024-01-01' })).code).toBe('VALIDATION');
    expect((await failure(journal, 'insight.summary', { period: 'day' })).code).toBe('VALIDATION');
  });
});
