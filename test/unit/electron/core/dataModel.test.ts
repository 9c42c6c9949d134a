// The data model through the contract: links, filters, calendar counts, tags, values, experiments, strategy, prompts.
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../../electron/core/core';
import { call, failure, startCore } from './coreFixture';

let core: Core;
afterEach(() => core?.close());

describe('reflections with links', () => {
  it('saves ratings, tags, values and experiments, and filters the list by each', async () => {
    core = startCore();
    const value = await call(core, 'values.create', { label: 'making things people use' });
    const experiment = await call(core, 'experiments.create', { title: 'Volunteer at the repair café', kind: 'shadowing' });
    const linked = await call(core, 'reflections.create', {
      entryDate: '2026-03-04',
      title: 'Repair day',
      body: 'Fixed a radio.',
      energy: 4,
      engagement: 5,
      tags: ['Hands-on', ' hands-on ', 'community'],
      valueIds: [value.id],
      experimentIds: [experiment.id],
    });
    await call(core, 'reflections.create', { entryDate: '2026-03-10', title: 'Quiet day' });

    expect(linked).toMatchObject({ energy: 4, engagement: 5, tags: ['community', 'Hands-on'], valueIds: [value.id], experimentIds: [experiment.id] });
    const titles = async (input: object) =>
      (await call(core, 'reflections.list', input)).items.map((r) => r.title);
    expect(await titles({ tag: 'HANDS-ON' })).toEqual(['Repair day']);
    expect(await titles({ valueId: value.id })).toEqual(['Repair day']);
    expect(await titles({ experimentId: experiment.id })).toEqual(['Repair day']);
    expect(await titles({ from: '2026-03-05', to: '2026-03-31' })).toEqual(['Quiet day']);
    expect(await titles({})).toEqual(['Quiet day', 'Repair day']);
  });

  it('refuses a link to a value that does not exist, saving nothing', async () => {
    core = startCore();
    const error = await failure(core, 'reflections.create', {
      entryDate: '2026-01-01',
      title: 'Orphan',
      valueIds: ['00000000-0000-4000-8000-000000000000'],
    });
    expect(error.code).toBe('VALIDATION');
    expect((await call(core, 'reflections.list', {})).items).toEqual([]);
  });

  it('counts reflections per day for a month', async () => {
    core = startCore();
    for (const entryDate of ['2026-02-01', '2026-02-01', '2026-02-14', '2026-03-01']) {
      await call(core, 'reflections.create', { entryDate });
    }
    expect(await call(core, 'reflections.calendar', { from: '2026-02-01', to: '2026-02-28' })).toEqual([
      { date: '2026-02-01', count: 2 },
      { date: '2026-02-14', count: 1 },
    ]);
  });
});

describe('search filters', () => {
  it('narrows results to a value (reflections and experiments) or an experiment', async () => {
    core = startCore();
    const value = await call(core, 'values.create', { label: 'curiosity' });
    const experiment = await call(core, 'experiments.create', { title: 'Lunch and learn', hypothesis: 'Lunch talks teach me', valueIds: [value.id] });
    const withValue = await call(core, 'reflections.create', { entryDate: '2026-01-01', body: 'A lunch with Sam', valueIds: [value.id] });
    const withExperiment = await call(core, 'reflections.create', { entryDate: '2026-01-02', body: 'A lunch talk', experimentIds: [experiment.id] });
    await call(core, 'reflections.create', { entryDate: '2026-01-03', body: 'Lunch alone' });

    const ids = async (filters: object) =>
      (await call(core, 'search.query', { text: 'lunch', ...filters })).items.map((hit) => hit.id).sort();
    expect(await ids({ valueId: value.id })).toEqual([withValue.id, experiment.id].sort());
    expect(await ids({ experimentId: experiment.id })).toEqual([withExperiment.id]);
    expect(await ids({ kinds: ['experiment'] })).toEqual([experiment.id]);
    expect(await ids({})).toHaveLength(4);
  });
});

describe('tags', () => {
  it('lists counts, renames, refuses a clashing rename and merges', async () => {
    core = startCore();
    await call(core, 'reflections.create', { entryDate: '2026-01-01', tags: ['work', 'ideas'] });
    await call(core, 'reflections.create', { entryDate: '2026-01-02', tags: ['Work'] });
    await call(core, 'reflections.create', { entryDate: '2026-01-03', tags: ['idea'] });
    const tags = await call(core, 'tags.list', {});
    expect(tags.map(({ name, count }) => [name, count])).toEqual([['idea', 1], ['ideas', 1], ['work', 2]]);
    const byName = (name: string) => tags.find((tag) => tag.name === name)!.id;

    expect((await failure(core, 'tags.rename', { id: byName('idea'), name: 'Ideas' })).code).toBe('CONFLICT');
    const merged = await call(core, 'tags.merge', { sourceIds: [byName('idea')], targetId: byName('ideas') });
    expect(merged.map(({ name, count }) => [name, count])).toEqual([['ideas', 2], ['work', 2]]);
    const renamed = await call(core, 'tags.rename', { id: byName('work'), name: 'career' });
    expect(renamed.map((tag) => tag.name)).toEqual(['career', 'ideas']);
    expect((await call(core, 'reflections.list', { tag: 'career' })).items).toHaveLength(2);
    expect((await call(core, 'search.query', { text: 'career' })).items).toHaveLength(2);

    const left = await call(core, 'tags.delete', { id: byName('work') });
    expect(left.map((tag) => tag.name)).toEqual(['ideas']);
    expect((await call(core, 'reflections.list', { tag: 'career' })).items).toHaveLength(0);
    expect((await call(core, 'search.query', { text: 'career' })).items).toHaveLength(0);
    // The entries stay, with their other tags.
    const entries = (await call(core, 'reflections.list', {})).items;
    expect(entries).toHaveLength(3);
    expect(entries.map((entry) => entry.tags).sort()).toEqual([[], ['ideas'], ['ideas']]);
    expect((await failure(core, 'tags.delete', { id: byName('work') })).code).toBe('NOT_FOUND');
  });
});

describe('values', () => {
  it('creates, archives, reorders and deletes', async () => {
    core = startCore();
    const a = await call(core, 'values.create', { label: 'learning in public', colour: '#aa3300' });
    const b = await call(core, 'values.create', { label: 'helping others grow' });
    expect((await call(core, 'values.reorder', { ids: [b.id, a.id] })).map((v) => v.label)).toEqual([
      'helping others grow',
      'learning in public',
    ]);
    await call(core, 'values.update', { id: a.id, archived: true });
    expect((await call(core, 'values.list', {})).map((v) => v.id)).toEqual([b.id]);
    expect((await call(core, 'values.list', { includeArchived: true })).map((v) => v.id)).toEqual([b.id, a.id]);
    await call(core, 'values.delete', { id: b.id });
    expect((await failure(core, 'values.get', { id: b.id })).code).toBe('NOT_FOUND');
  });
});

describe('experiments', () => {
  it('keeps people and places, filters by status and pages', async () => {
    core = startCore();
    const value = await call(core, 'values.create', { label: 'teaching' });
    const running = await call(core, 'experiments.create', {
      title: 'Meetup talks',
      kind: 'networking',
      status: 'running',
      successCriteria: 'Two conversations a month',
      stopCriteria: 'Three dull evenings in a row',
      valueIds: [value.id],
      plannedStart: '2026-04-01',
    });
    await call(core, 'experiments.create', { title: 'Course on design' });
    const person = await call(core, 'experiments.people.create', {
      experimentId: running.id,
      name: 'Ada',
      where: 'JS meetup',
      learned: 'Talks open doors',
      canGive: 'Review her slides',
      followUpDate: '2026-05-01',
    });
    await call(core, 'experiments.places.create', { experimentId: running.id, name: 'JS meetup', mode: 'in_person' });
    await call(core, 'experiments.people.update', { id: person.id, notes: 'Met twice' });
    await call(core, 'experiments.update', { id: running.id, status: 'dropped', dropReason: 'No time' });

    const dropped = await call(core, 'experiments.list', { status: ['dropped'] });
    expect(dropped.total).toBe(1);
    expect(dropped.items[0]).toMatchObject({
      title: 'Meetup talks',
      dropReason: 'No time',
      valueIds: [value.id],
      people: [{ name: 'Ada', notes: 'Met twice', canGive: 'Review her slides' }],
      places: [{ name: 'JS meetup', mode: 'in_person' }],
    });
    const firstPage = await call(core, 'experiments.list', { limit: 1 });
    expect(firstPage).toMatchObject({ total: 2 });
    expect(firstPage.items).toHaveLength(1);
    await call(core, 'experiments.delete', { id: running.id });
    expect((await call(core, 'experiments.list', {})).total).toBe(1);
  });
});

describe('strategy', () => {
  it('snapshots the draft with the values as they were, and keeps versions immutable', async () => {
    core = startCore();
    const value = await call(core, 'values.create', { label: 'craft' });
    await call(core, 'strategy.save', { aspiration: 'Build tools for makers', layout: { circles: [1, 2, 3] } });
    const version = await call(core, 'strategy.snapshot', { changeNote: 'First draft' });
    await call(core, 'values.update', { id: value.id, label: 'careful craft' });
    await call(core, 'strategy.save', { aspiration: 'Teach makers' });

    expect(version).toMatchObject({ aspiration: 'Build tools for makers', values: [{ label: 'craft' }], layout: { circles: [1, 2, 3] } });
    expect(await call(core, 'strategy.versions.get', { id: version.id })).toEqual(version);
    expect((await call(core, 'strategy.get', {})).aspiration).toBe('Teach makers');
    expect((await failure(core, 'strategy.snapshot', { changeNote: '   ' })).code).toBe('VALIDATION');
    expect(() => core.db.prepare("UPDATE strategy_versions SET aspiration = 'x'").run()).toThrow(/immutable/);
  });
});

describe('prompts and settings', () => {
  it('hides built-in prompts, edits own ones, and stores settings', async () => {
    core = startCore();
    const builtIn = (await call(core, 'prompts.list', {}))[0]!;
    expect(builtIn.builtIn).toBe(true);
    expect((await failure(core, 'prompts.update', { id: builtIn.id, text: 'Reworded' })).code).toBe('VALIDATION');
    await call(core, 'prompts.update', { id: builtIn.id, hidden: true });
    expect((await call(core, 'prompts.list', {})).some((p) => p.id === builtIn.id)).toBe(false);
    const own = await call(core, 'prompts.create', { group: 'Mine', text: 'What did I avoid?' });
    await call(core, 'prompts.delete', { id: own.id });

    expect(await call(core, 'settings.get', {})).toEqual({
      'appearance.theme': 'system',
      'appearance.textSize': 'standard',
      'backups.keep': 7,
      'security.autoLockMinutes': 0,
      'versions.checkInAfterDays': 7,
      firstRun: { state: 'pending', step: 0 },
    });
    await call(core, 'settings.set', { key: 'backups.keep', value: 3 });
    expect((await call(core, 'settings.get', {}))['backups.keep']).toBe(3);
    await call(core, 'settings.set', { key: 'firstRun', value: { state: 'pending', step: 2 } });
    expect((await call(core, 'settings.get', {})).firstRun).toEqual({ state: 'pending', step: 2 });
    expect((await failure(core, 'settings.set', { key: 'backups.keep', value: 0 })).code).toBe('VALIDATION');
    await call(core, 'settings.set', { key: 'appearance.theme', value: 'dark' });
    expect((await call(core, 'settings.get', {}))['appearance.theme']).toBe('dark');
    expect((await failure(core, 'settings.set', { key: 'appearance.theme', value: 'sepia' })).code).toBe('VALIDATION');
  });
});
