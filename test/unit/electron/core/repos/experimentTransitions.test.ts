// The core refuses invalid experiment transitions with a clear VALIDATION error and leaves the database as it was.
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../../../electron/core/core';
import { call, failure, startCore } from '../coreFixture';

let core: Core;
afterEach(() => core?.close());

const criteria = { successCriteria: 'Two people offer an intro', stopCriteria: 'Three draining evenings' };

async function runningExperiment() {
  const created = await call(core, 'experiments.create', { title: 'Data meetups', kind: 'networking', ...criteria });
  return call(core, 'experiments.update', { id: created.id, status: 'running', actualStart: '2026-03-02' });
}

describe('the core enforces the experiment state machine', () => {
  it('refuses concluding without an outcome or learning, and changes nothing', async () => {
    core = startCore();
    const running = await runningExperiment();
    const error = await failure(core, 'experiments.update', { id: running.id, status: 'concluded', learning: 'Small rooms suit me', actualEnd: '2026-03-20' });
    expect(error).toEqual({ code: 'VALIDATION', message: 'Say what happened (the outcome) before concluding the experiment.' });
    expect(await call(core, 'experiments.get', { id: running.id })).toEqual(running);
  });

  it('refuses an end before the start, and changes nothing', async () => {
    core = startCore();
    const running = await runningExperiment();
    const error = await failure(core, 'experiments.update', { id: running.id, actualEnd: '2026-03-01', title: 'Renamed' });
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toMatch(/actual end is before the actual start/);
    expect(await call(core, 'experiments.get', { id: running.id })).toEqual(running);
  });

  it('refuses skipping from idea straight to concluded, and dropping without a reason', async () => {
    core = startCore();
    const idea = await call(core, 'experiments.create', { title: 'Pottery course', ...criteria });
    const skip = await failure(core, 'experiments.update', { id: idea.id, status: 'concluded', outcome: 'Fun', learning: 'Hands matter' });
    expect(skip.message).toMatch(/cannot go from Idea to Concluded/);
    const drop = await failure(core, 'experiments.update', { id: idea.id, status: 'dropped' });
    expect(drop.message).toMatch(/reason for dropping/);
    expect(await call(core, 'experiments.get', { id: idea.id })).toEqual(idea);
  });

  it('refuses creating an experiment that already breaks a rule, saving nothing', async () => {
    core = startCore();
    const error = await failure(core, 'experiments.create', { title: 'Backwards', plannedStart: '2026-05-02', plannedEnd: '2026-05-01' });
    expect(error.code).toBe('VALIDATION');
    expect((await call(core, 'experiments.list', {})).total).toBe(0);
  });

  it('accepts the full path from idea to a concluded experiment with its learning', async () => {
    core = startCore();
    const running = await runningExperiment();
    const concluded = await call(core, 'experiments.update', {
      id: running.id, status: 'concluded', outcome: 'Met five people', learning: 'Small rooms suit me', actualEnd: '2026-03-20',
    });
    expect(concluded).toMatchObject({ status: 'concluded', learning: 'Small rooms suit me', actualEnd: '2026-03-20' });
  });
});
