// strategy.evidence returns each linked reflection and experiment once with all its values, and nothing unlinked.
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../../electron/core/core';
import { call, startCore } from './coreFixture';

let core: Core;
afterEach(() => core?.close());

describe('strategy.evidence', () => {
  it('lists linked items with their value ids and a stand-in title for untitled reflections', async () => {
    core = startCore();
    const teach = await call(core, 'values.create', { label: 'Teaching' });
    const build = await call(core, 'values.create', { label: 'Building' });
    const both = await call(core, 'reflections.create', {
      entryDate: '2026-02-03',
      body: 'Ran a workshop on the tool I built.',
      valueIds: [teach.id, build.id],
    });
    await call(core, 'reflections.create', { entryDate: '2026-02-04', title: 'Unlinked day' });
    const experiment = await call(core, 'experiments.create', { title: 'Teach a night class', valueIds: [teach.id], plannedStart: '2026-04-01' });

    const { items } = await call(core, 'strategy.evidence', {});
    expect(items).toHaveLength(2);
    const reflection = items.find((i) => i.id === both.id);
    expect(reflection).toMatchObject({ kind: 'reflection', title: 'Ran a workshop on the tool I built.', date: '2026-02-03' });
    expect([...(reflection?.valueIds ?? [])].sort()).toEqual([teach.id, build.id].sort());
    expect(items.find((i) => i.id === experiment.id)).toMatchObject({
      kind: 'experiment',
      title: 'Teach a night class',
      date: '2026-04-01',
      valueIds: [teach.id],
    });
  });
});
