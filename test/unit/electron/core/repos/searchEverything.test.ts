// Search finds every kind of thing a person wrote, follows edits, deletes and restores, sees only current text, and
// reads the last word as a beginning folded like the index ("réu", "Reu" and "reu" all find "réunion").
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../../../electron/core/core';
import { call, startCore } from '../coreFixture';

let core: Core | undefined;
afterEach(() => core?.close());

const found = async (target: Core, text: string) => (await call(target, 'search.query', { text })).items.map((hit) => `${hit.kind}:${hit.title}`);

describe('search over everything', () => {
  it('finds each kind by its own words, and an experiment by the names of its people and places', async () => {
    core = startCore();
    const experiment = await call(core, 'experiments.create', { title: 'Night class', hypothesis: 'Pottery relaxes me', outcome: 'Calmer evenings' });
    await call(core, 'experiments.people.create', { experimentId: experiment.id, name: 'Ada Quimby', canGive: 'Introductions to galleries' });
    await call(core, 'experiments.places.create', { experimentId: experiment.id, name: 'Clay studio', where: 'Harbourside' });
    await call(core, 'values.create', { label: 'Teaching', description: 'Explaining until it clicks' });
    await call(core, 'strategy.save', { aspiration: 'Turning messy data into decisions', strengths: 'Listening', impact: 'Calmer teams' });
    await call(core, 'strategy.snapshot', { changeNote: 'After the réunion I dropped management' });

    expect(await found(core, 'quimby')).toEqual(expect.arrayContaining(['person:Ada Quimby', 'experiment:Night class']));
    expect(await found(core, 'galleries')).toEqual(['person:Ada Quimby']);
    expect(await found(core, 'harbourside')).toEqual(['place:Clay studio']);
    expect(await found(core, 'evenings')).toEqual(['experiment:Night class']);
    expect(await found(core, 'clicks')).toEqual(['value:Teaching']);
    expect(await found(core, 'decisions')).toEqual(['strategy:']);
    expect(await found(core, 'management')).toEqual(['version:']);
    expect(await found(core, 'calmer')).toEqual(expect.arrayContaining(['experiment:Night class', 'strategy:']));
  });

  it('reads the last word as a beginning, folded as the index folds it, whatever its accents or case', async () => {
    core = startCore();
    await call(core, 'reflections.create', { entryDate: '2026-01-05', title: 'Team priorities', body: 'La réunion du lundi.' });
    for (const typed of ['pri', 'p', 'pr', 'team pri', 'TEAM PRI']) expect(await found(core, typed)).toEqual(['reflection:Team priorities']);
    for (const typed of ['réu', 'reu', 'Réu', 'RÉU', 'ré', 'la réunion']) expect(await found(core, typed)).toEqual(['reflection:Team priorities']);
    expect(await found(core, 'pri ')).toEqual([]);
    expect(await found(core, 'réunions')).toEqual([]);
  });

  it('follows edits, renames and moves between experiments', async () => {
    core = startCore();
    const first = await call(core, 'experiments.create', { title: 'Meetups' });
    const second = await call(core, 'experiments.create', { title: 'Courses' });
    const person = await call(core, 'experiments.people.create', { experimentId: first.id, name: 'Bo Lindqvist' });
    await call(core, 'experiments.people.update', { id: person.id, name: 'Bo Ekdahl' });
    expect(await found(core, 'lindqvist')).toEqual([]);
    expect(await found(core, 'ekdahl')).toEqual(expect.arrayContaining(['person:Bo Ekdahl', 'experiment:Meetups']));
    const value = await call(core, 'values.create', { label: 'Building' });
    await call(core, 'values.update', { id: value.id, description: 'Sheds and software' });
    expect(await found(core, 'sheds')).toEqual(['value:Building']);
    await call(core, 'strategy.save', { aspiration: 'First words' });
    await call(core, 'strategy.save', { aspiration: 'Second thoughts' });
    expect(await found(core, 'first')).toEqual([]);
    expect(await found(core, 'second')).toEqual(['strategy:']);
    expect(second.title).toBe('Courses');
  });

  it('leaves out what waits in Recently deleted, finds it again once restored, and never finds older text of an entry', async () => {
    core = startCore();
    const experiment = await call(core, 'experiments.create', { title: 'Shadowing', hypothesis: 'Hospitals suit me' });
    await call(core, 'experiments.people.create', { experimentId: experiment.id, name: 'Dr Okonkwo' });
    const value = await call(core, 'values.create', { label: 'Caring' });
    await call(core, 'experiments.delete', { id: experiment.id });
    await call(core, 'values.delete', { id: value.id });
    expect(await found(core, 'hospitals')).toEqual([]);
    expect(await found(core, 'okonkwo')).toEqual([]);
    expect(await found(core, 'caring')).toEqual([]);
    await call(core, 'trash.restore', { kind: 'experiment', id: experiment.id });
    expect(await found(core, 'okonkwo')).toEqual(expect.arrayContaining(['person:Dr Okonkwo', 'experiment:Shadowing']));

    const entry = await call(core, 'reflections.create', { entryDate: '2026-01-06', title: 'Draft', body: 'Quarrelsome morning' });
    await call(core, 'reflections.update', { id: entry.id, body: 'Peaceful morning' });
    expect(await found(core, 'quarrelsome')).toEqual([]);
    expect(await found(core, 'peaceful')).toEqual(['reflection:Draft']);
  });

  it('shows snippets as plain text, without Markdown, with the match highlighted', async () => {
    core = startCore();
    await call(core, 'reflections.create', { entryDate: '2026-01-07', title: 'Notes', body: '## Plan\n\n- **Call** the [mentor](https://example.org) about _budgets_' });
    const [hit] = (await call(core, 'search.query', { text: 'budgets' })).items;
    expect(hit!.snippet.text).toBe('Plan Call the mentor about budgets');
    const range = hit!.snippet.ranges[0]!;
    expect(hit!.snippet.text.slice(range.start, range.end)).toBe('budgets');
  });
});
