// Operations spanning aggregates run as one transaction: when a later write fails, the earlier ones are undone.
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../../../electron/core/core';
import { call, failure, startCore } from '../coreFixture';

/** Makes every write of `table` fail inside the database, as a full disk or a constraint would. */
function failWritesTo(core: Core, table: string): void {
  for (const event of ['INSERT', 'UPDATE', 'DELETE']) {
    core.db.exec(`CREATE TEMP TRIGGER "fail_${table}_${event}" BEFORE ${event} ON main."${table}" BEGIN SELECT RAISE(ABORT, 'disk full'); END`);
  }
}

async function runningExperiment(core: Core) {
  const created = await call(core, 'experiments.create', {
    title: 'Talk to three analysts',
    successCriteria: 'Two say yes',
    stopCriteria: 'Nobody answers',
  });
  return call(core, 'experiments.update', { id: created.id, status: 'running', actualStart: '2026-11-02' });
}

const conclusion = { outcome: 'Two of three said yes', learning: 'Teaching is central', actualEnd: '2026-11-20', energy: 4, engagement: 5 } as const;

describe('experiments.conclude', () => {
  it('concludes and saves a version whose note carries the learning, in one call', async () => {
    const core = startCore();
    const experiment = await runningExperiment(core);
    const { experiment: concluded, version } = await call(core, 'experiments.conclude', {
      id: experiment.id,
      ...conclusion,
      checkInNote: 'Teaching is central',
    });
    expect(concluded).toMatchObject({ status: 'concluded', ...conclusion });
    expect(version?.changeNote).toBe('Teaching is central');
    expect((await call(core, 'strategy.versions.list', { limit: 10, offset: 0 })).total).toBe(1);
  });

  it('concludes without a version when no note is given', async () => {
    const core = startCore();
    const experiment = await runningExperiment(core);
    const result = await call(core, 'experiments.conclude', { id: experiment.id, ...conclusion, checkInNote: null });
    expect(result.version).toBeNull();
    expect(result.experiment.status).toBe('concluded');
  });

  it('leaves the experiment running, with its words as they were, when saving the version fails', async () => {
    const core = startCore();
    const experiment = await runningExperiment(core);
    failWritesTo(core, 'strategy_versions');
    const error = await failure(core, 'experiments.conclude', { id: experiment.id, ...conclusion, checkInNote: 'Teaching is central' });
    expect(error.code).not.toBe('VALIDATION');
    expect(await call(core, 'experiments.get', { id: experiment.id })).toEqual(experiment);
  });

  it('refuses a move the experiment cannot make, writing nothing', async () => {
    const core = startCore();
    const idea = await call(core, 'experiments.create', { title: 'A course' });
    const error = await failure(core, 'experiments.conclude', { id: idea.id, ...conclusion, checkInNote: 'Note' });
    expect(error.code).toBe('VALIDATION');
    expect((await call(core, 'strategy.versions.list', { limit: 10, offset: 0 })).total).toBe(0);
    expect(await call(core, 'experiments.get', { id: idea.id })).toEqual(idea);
  });
});

describe('strategy.linkReflection', () => {
  it('links exactly the region among the shown values and keeps links to values not shown', async () => {
    const core = startCore();
    const [teaching, building, hidden] = await Promise.all(
      ['Teaching', 'Building', 'Writing'].map((label) => call(core, 'values.create', { label })),
    );
    if (!teaching || !building || !hidden) throw new Error('values were not created');
    const entry = await call(core, 'reflections.create', { entryDate: '2026-11-03', body: 'A day', valueIds: [building.id, hidden.id] });
    const linked = await call(core, 'strategy.linkReflection', {
      reflectionId: entry.id,
      region: [teaching.id],
      shown: [teaching.id, building.id],
    });
    expect(linked.valueIds.toSorted()).toEqual([hidden.id, teaching.id].toSorted());
  });

  it('refuses a region with a value the diagram does not show', async () => {
    const core = startCore();
    const value = await call(core, 'values.create', { label: 'Teaching' });
    const entry = await call(core, 'reflections.create', { entryDate: '2026-11-03', body: 'A day' });
    const error = await failure(core, 'strategy.linkReflection', { reflectionId: entry.id, region: [value.id], shown: [] });
    expect(error.code).toBe('VALIDATION');
  });

  it('leaves the reflection as it was when writing its links fails after its row was updated', async () => {
    const core = startCore();
    const value = await call(core, 'values.create', { label: 'Teaching' });
    const entry = await call(core, 'reflections.create', { entryDate: '2026-11-03', body: 'A day' });
    failWritesTo(core, 'reflection_values');
    const error = await failure(core, 'strategy.linkReflection', { reflectionId: entry.id, region: [value.id], shown: [value.id] });
    expect(error.code).not.toBe('VALIDATION');
    expect(await call(core, 'reflections.get', { id: entry.id })).toEqual(entry);
  });
});

describe('reflections.linkExperiment', () => {
  it('adds and removes one experiment, keeping the reflection’s other experiments', async () => {
    const core = startCore();
    const [first, second] = await Promise.all(['One', 'Two'].map((title) => call(core, 'experiments.create', { title })));
    if (!first || !second) throw new Error('experiments were not created');
    const entry = await call(core, 'reflections.create', { entryDate: '2026-11-03', body: 'A day', experimentIds: [first.id] });
    const linked = await call(core, 'reflections.linkExperiment', { reflectionId: entry.id, experimentId: second.id, linked: true });
    expect(linked.experimentIds.toSorted()).toEqual([first.id, second.id].toSorted());
    const unlinked = await call(core, 'reflections.linkExperiment', { reflectionId: entry.id, experimentId: first.id, linked: false });
    expect(unlinked.experimentIds).toEqual([second.id]);
  });

  it('says the experiment is gone rather than linking to nothing', async () => {
    const core = startCore();
    const entry = await call(core, 'reflections.create', { entryDate: '2026-11-03', body: 'A day' });
    const error = await failure(core, 'reflections.linkExperiment', {
      reflectionId: entry.id,
      experimentId: '8f14e45f-ceea-467f-a0e6-7b5d6f9c2a11',
      linked: true,
    });
    expect(error.code).toBe('NOT_FOUND');
  });

  it('leaves the reflection as it was when writing the link fails after its row was updated', async () => {
    const core = startCore();
    const experiment = await call(core, 'experiments.create', { title: 'One' });
    const entry = await call(core, 'reflections.create', { entryDate: '2026-11-03', body: 'A day' });
    failWritesTo(core, 'reflection_experiments');
    await failure(core, 'reflections.linkExperiment', { reflectionId: entry.id, experimentId: experiment.id, linked: true });
    expect(await call(core, 'reflections.get', { id: entry.id })).toEqual(entry);
  });
});
