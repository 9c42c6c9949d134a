// Recently deleted: every delete is soft, restorable with its links, out of every live view, and gone for good after 30 days.
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../../electron/core/core';
import { TRASH_RETENTION_DAYS } from '../../../../shared/domain/trash';
import { call, failure, startCore } from './coreFixture';

const DAY_MS = 24 * 60 * 60 * 1000;
let now = Date.parse('2026-03-01T09:00:00.000Z');
const clock = () => new Date(now);
let core: Core | undefined;
afterEach(() => core?.close());

async function linkedJournal(target: Core) {
  const value = await call(target, 'values.create', { label: 'Teaching' });
  const other = await call(target, 'values.create', { label: 'Building' });
  const experiment = await call(target, 'experiments.create', { title: 'Night class', hypothesis: 'Pottery relaxes me', valueIds: [value.id] });
  const person = await call(target, 'experiments.people.create', { experimentId: experiment.id, name: 'Ada', learned: 'Kilns' });
  const place = await call(target, 'experiments.places.create', { experimentId: experiment.id, name: 'Clay studio' });
  const prompt = await call(target, 'prompts.create', { group: 'Mine', text: 'What did the clay teach me?' });
  const reflection = await call(target, 'reflections.create', {
    entryDate: '2026-02-27',
    title: 'Glazing day',
    body: 'The kiln opened at noon',
    tags: ['pottery', 'craft'],
    valueIds: [value.id, other.id],
    experimentIds: [experiment.id],
    promptId: prompt.id,
  });
  return { value, other, experiment, person, place, prompt, reflection };
}

describe('Recently deleted', () => {
  it('takes a deleted reflection out of the list, calendar, search, tags, timeline and evidence, and restores it with every link', async () => {
    core = startCore(undefined, { clock });
    const { value, other, experiment, prompt, reflection } = await linkedJournal(core);
    await call(core, 'reflections.delete', { id: reflection.id });

    expect((await call(core, 'reflections.list', {})).items).toEqual([]);
    expect(await call(core, 'reflections.calendar', { from: '2026-02-01', to: '2026-02-28' })).toEqual([]);
    // The person met at the kilns is still found; the deleted reflection is not.
    expect((await call(core, 'search.query', { text: 'kiln' })).items.map((hit) => hit.kind)).toEqual(['person']);
    expect(await call(core, 'tags.list', {})).toEqual([]);
    expect((await call(core, 'timeline.summary', {})).reflectionDays).toEqual([]);
    expect((await call(core, 'strategy.evidence', {})).items.map((item) => item.kind)).toEqual(['experiment']);
    expect(await failure(core, 'reflections.get', { id: reflection.id })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await call(core, 'trash.list', {})).toEqual([
      {
        kind: 'reflection',
        id: reflection.id,
        title: 'Glazing day',
        detail: '2026-02-27',
        deletedAt: clock().toISOString(),
        purgeAt: new Date(now + TRASH_RETENTION_DAYS * DAY_MS).toISOString(),
      },
    ]);

    await call(core, 'trash.restore', { kind: 'reflection', id: reflection.id });
    const back = await call(core, 'reflections.get', { id: reflection.id });
    expect(back).toMatchObject({ title: 'Glazing day', tags: ['craft', 'pottery'], experimentIds: [experiment.id], promptId: prompt.id });
    expect([...back.valueIds].sort()).toEqual([value.id, other.id].sort());
    expect((await call(core, 'search.query', { text: 'kiln', kinds: ['reflection'] })).items.map((hit) => hit.id)).toEqual([reflection.id]);
    expect(await call(core, 'trash.list', {})).toEqual([]);
    expect(core.db.prepare('SELECT count(*) AS n FROM tombstones').get()).toEqual({ n: 0 });
  });

  it('restores an experiment with its people, places, values and evidence', async () => {
    core = startCore(undefined, { clock });
    const { value, experiment, reflection } = await linkedJournal(core);
    await call(core, 'experiments.delete', { id: experiment.id });
    expect((await call(core, 'experiments.list', {})).items).toEqual([]);
    expect((await call(core, 'reflections.get', { id: reflection.id })).experimentIds).toEqual([]);
    expect((await call(core, 'search.query', { text: 'pottery' })).items.map((hit) => hit.kind)).toEqual(['reflection']);

    await call(core, 'trash.restore', { kind: 'experiment', id: experiment.id });
    const back = await call(core, 'experiments.get', { id: experiment.id });
    expect(back).toMatchObject({ hypothesis: 'Pottery relaxes me', valueIds: [value.id] });
    expect(back.people.map((person) => [person.name, person.learned])).toEqual([['Ada', 'Kilns']]);
    expect(back.places.map((place) => place.name)).toEqual(['Clay studio']);
    expect((await call(core, 'reflections.get', { id: reflection.id })).experimentIds).toEqual([experiment.id]);
  });

  it('brings back a link between two deleted items whichever of them is restored first', async () => {
    core = startCore(undefined, { clock });
    const { value, experiment, reflection } = await linkedJournal(core);
    await call(core, 'values.delete', { id: value.id });
    await call(core, 'reflections.delete', { id: reflection.id });
    expect((await call(core, 'experiments.get', { id: experiment.id })).valueIds).toEqual([]);

    await call(core, 'trash.restore', { kind: 'reflection', id: reflection.id });
    expect((await call(core, 'reflections.get', { id: reflection.id })).valueIds).not.toContain(value.id);
    await call(core, 'trash.restore', { kind: 'value', id: value.id });
    expect((await call(core, 'reflections.get', { id: reflection.id })).valueIds).toContain(value.id);
    expect((await call(core, 'experiments.get', { id: experiment.id })).valueIds).toEqual([value.id]);
  });

  it('restores a person, a place and a prompt, and says why a person cannot come back before its experiment', async () => {
    core = startCore(undefined, { clock });
    const { experiment, person, place, prompt, reflection } = await linkedJournal(core);
    await call(core, 'experiments.people.delete', { id: person.id });
    await call(core, 'experiments.places.delete', { id: place.id });
    await call(core, 'prompts.delete', { id: prompt.id });
    expect((await call(core, 'reflections.get', { id: reflection.id })).promptId).toBeNull();
    expect((await call(core, 'trash.list', {})).map((item) => [item.kind, item.title, item.detail])).toEqual([
      ['person', 'Ada', 'Night class'],
      ['place', 'Clay studio', 'Night class'],
      ['prompt', 'What did the clay teach me?', 'Mine'],
    ]);

    await call(core, 'trash.restore', { kind: 'prompt', id: prompt.id });
    expect((await call(core, 'reflections.get', { id: reflection.id })).promptId).toBe(prompt.id);
    await call(core, 'experiments.delete', { id: experiment.id });
    expect(await failure(core, 'trash.restore', { kind: 'person', id: person.id })).toEqual({
      code: 'VALIDATION',
      message: 'This person belongs to the experiment “Night class”, which is in Recently deleted too. Restore the experiment first.',
    });
    await call(core, 'trash.restore', { kind: 'experiment', id: experiment.id });
    await call(core, 'trash.restore', { kind: 'person', id: person.id });
    await call(core, 'trash.restore', { kind: 'place', id: place.id });
    const back = await call(core, 'experiments.get', { id: experiment.id });
    expect([back.people.map((p) => p.name), back.places.map((p) => p.name)]).toEqual([['Ada'], ['Clay studio']]);
  });

  it('refuses to delete a built-in prompt, and leaves it where it was', async () => {
    core = startCore(undefined, { clock });
    const builtIn = (await call(core, 'prompts.list', {}))[0]!;
    expect(await failure(core, 'prompts.delete', { id: builtIn.id })).toMatchObject({ code: 'VALIDATION' });
    expect(await call(core, 'trash.list', {})).toEqual([]);
  });

  it('deletes for good on request or on emptying, keeping a tombstone of every deletion and no history', async () => {
    core = startCore(undefined, { clock });
    const { value, experiment, person, reflection } = await linkedJournal(core);
    await call(core, 'reflections.update', { id: reflection.id, body: 'The kiln opened late' });
    await call(core, 'experiments.people.delete', { id: person.id });
    await call(core, 'reflections.delete', { id: reflection.id });
    await call(core, 'trash.deleteForever', { kind: 'reflection', id: reflection.id });
    expect(await failure(core, 'trash.restore', { kind: 'reflection', id: reflection.id })).toMatchObject({ code: 'NOT_FOUND' });
    expect(core.db.prepare('SELECT count(*) AS n FROM reflection_versions').get()).toEqual({ n: 0 });

    await call(core, 'experiments.delete', { id: experiment.id });
    // Deleting an experiment for good takes its deleted people with it: nothing could restore them any more.
    await call(core, 'trash.deleteForever', { kind: 'experiment', id: experiment.id });
    expect(await call(core, 'trash.list', {})).toEqual([]);
    await call(core, 'values.delete', { id: value.id });
    expect(await call(core, 'trash.empty', {})).toEqual({ deleted: 1 });
    expect(await call(core, 'trash.list', {})).toEqual([]);
    expect(core.db.prepare('SELECT kind FROM tombstones ORDER BY kind').pluck().all()).toEqual(['experiment', 'person', 'reflection', 'value']);
  });

  it('keeps an item for 30 days, then housekeeping deletes it for good', async () => {
    core = startCore(undefined, { clock });
    const { reflection, value } = await linkedJournal(core);
    await call(core, 'reflections.delete', { id: reflection.id });
    now += DAY_MS;
    await call(core, 'values.delete', { id: value.id });
    now += (TRASH_RETENTION_DAYS - 1) * DAY_MS - 1;
    core.housekeep();
    expect((await call(core, 'trash.list', {})).map((item) => item.kind)).toEqual(['value', 'reflection']);
    now += 2;
    core.housekeep();
    expect((await call(core, 'trash.list', {})).map((item) => item.kind)).toEqual(['value']);
    expect(core.db.prepare('SELECT kind FROM tombstones ORDER BY kind').pluck().all()).toEqual(['reflection', 'value']);
  });

  it('exports the trash, flagged apart from the live journal, and an import restores it so a round trip loses nothing', async () => {
    core = startCore(undefined, { clock });
    const { experiment, reflection } = await linkedJournal(core);
    await call(core, 'reflections.update', { id: reflection.id, body: 'The kiln opened late' });
    await call(core, 'reflections.delete', { id: reflection.id });
    await call(core, 'experiments.people.create', { experimentId: experiment.id, name: 'Grace' });
    const { document } = await call(core, 'export.journal', {});
    expect(document.reflections).toEqual([]);
    expect(document.trash.map((entry) => [entry.payload.kind, entry.payload.item.id])).toEqual([['reflection', reflection.id]]);
    expect(document.tombstones.map((tombstone) => tombstone.id)).toEqual([reflection.id]);
    expect(document.reflectionHistory.map((version) => version.body)).toEqual(['The kiln opened at noon', 'The kiln opened late']);
    core.close();

    core = startCore(undefined, { clock });
    const base64 = Buffer.from(JSON.stringify(document)).toString('base64');
    await call(core, 'import.run', { source: 'cairn-json', file: { name: 'cairn.json', base64 } });
    expect((await call(core, 'reflections.list', {})).items).toEqual([]);
    await call(core, 'trash.restore', { kind: 'reflection', id: reflection.id });
    expect(await call(core, 'reflections.get', { id: reflection.id })).toMatchObject({ body: 'The kiln opened late', experimentIds: [experiment.id] });
    expect((await call(core, 'reflections.history', { id: reflection.id })).map((version) => version.body)).toEqual([
      'The kiln opened late',
      'The kiln opened at noon',
    ]);
    const again = (await call(core, 'export.journal', {})).document;
    expect(again.reflections.map((r) => r.id)).toEqual([reflection.id]);
  });
});
