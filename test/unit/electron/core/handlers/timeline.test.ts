// timeline.summary: the timeline's aggregates, counted in SQL over a range, through the contract.
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../../../electron/core/core';
import { call, failure, startCore } from '../coreFixture';

let core: Core | undefined;
afterEach(() => {
  core?.close();
  core = undefined;
});

async function reflect(entryDate: string, valueIds: string[] = []) {
  if (!core) throw new Error('no core');
  return call(core, 'reflections.create', { entryDate, valueIds });
}

describe('timeline.summary', () => {
  it('counts reflections per day and per value per ISO week, never listing the reflections themselves', async () => {
    core = startCore();
    const craft = await call(core, 'values.create', { label: 'craft' });
    const care = await call(core, 'values.create', { label: 'care' });
    await reflect('2024-03-01', [craft.id, care.id]);
    await reflect('2024-03-01', [craft.id]);
    await reflect('2024-03-02');
    await reflect('2024-03-03', [craft.id]);
    await reflect('2024-03-04', [craft.id]);
    await reflect('2024-04-10', [care.id]);

    const summary = await call(core, 'timeline.summary', {});
    expect(summary.reflectionDays).toEqual([
      { date: '2024-03-01', count: 2 },
      { date: '2024-03-02', count: 1 },
      { date: '2024-03-03', count: 1 },
      { date: '2024-03-04', count: 1 },
      { date: '2024-04-10', count: 1 },
    ]);
    // Friday 1 March to Sunday 3 March 2024 share the week of Monday 26 February; Monday 4 March starts the next.
    expect(summary.valueWeeks).toEqual(
      expect.arrayContaining([
        { week: '2024-02-26', valueId: craft.id, count: 3 },
        { week: '2024-02-26', valueId: care.id, count: 1 },
        { week: '2024-03-04', valueId: craft.id, count: 1 },
        { week: '2024-04-08', valueId: care.id, count: 1 },
      ]),
    );
    expect(summary.valueWeeks).toHaveLength(4);
  });

  it('keeps to the range for reflections, and to spans touching it for experiments', async () => {
    core = startCore();
    await reflect('2024-01-31');
    await reflect('2024-02-01');
    await reflect('2024-02-29');
    await reflect('2024-03-01');
    const before = await call(core, 'experiments.create', { title: 'Ended in January', actualStart: '2024-01-01', actualEnd: '2024-01-20' });
    const across = await call(core, 'experiments.create', { title: 'Spans February', plannedStart: '2024-01-15', plannedEnd: '2024-02-10' });
    const open = await call(core, 'experiments.create', {
      title: 'Still running',
      actualStart: '2023-06-01',
      status: 'running',
      successCriteria: 'A clear yes or no',
      stopCriteria: 'Two months without an answer',
    });
    const later = await call(core, 'experiments.create', { title: 'Starts in April', plannedStart: '2024-04-01' });
    await call(core, 'experiments.create', { title: 'Just an idea' });

    const february = await call(core, 'timeline.summary', { from: '2024-02-01', to: '2024-02-29' });
    expect(february.reflectionDays.map((day) => day.date)).toEqual(['2024-02-01', '2024-02-29']);
    const ids = february.experiments.map((experiment) => experiment.id);
    expect(ids).toEqual([open.id, across.id]);
    expect(ids).not.toContain(before.id);
    expect(ids).not.toContain(later.id);
    expect(february.experiments[1]).toMatchObject({ title: 'Spans February', plannedStart: '2024-01-15', plannedEnd: '2024-02-10' });
  });

  it('lists every version oldest first with its note', async () => {
    let tick = 0;
    core = startCore(undefined, { clock: () => new Date(Date.UTC(2024, 0, 1, 12, 0, tick++)) });
    await call(core, 'strategy.save', { aspiration: 'Teach' });
    const first = await call(core, 'strategy.snapshot', { changeNote: 'First' });
    await call(core, 'strategy.save', { aspiration: 'Teach and build' });
    const second = await call(core, 'strategy.snapshot', { changeNote: 'Added building' });
    const summary = await call(core, 'timeline.summary', { from: '2000-01-01', to: '2000-01-02' });
    expect(summary.versions).toEqual([
      { id: first.id, createdAt: first.createdAt, note: 'First' },
      { id: second.id, createdAt: second.createdAt, note: 'Added building' },
    ]);
  });

  it('refuses a range that ends before it starts', async () => {
    core = startCore();
    expect((await failure(core, 'timeline.summary', { from: '2024-02-01', to: '2024-01-01' })).code).toBe('VALIDATION');
  });
});
