// Cairn's Markdown export imported into another journal keeps what the notes hold: titles once, creation times,
// ratings, tags, values (added where the journal lacks them), experiments and prompts (linked where it has them).
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../../../electron/core/core';
import { markdownExport } from '../../../../../shared/domain/interchange/markdownExport';
import { call, failure, startCore } from '../coreFixture';

const cores: Core[] = [];
afterEach(() => {
  for (const core of cores.splice(0)) core.close();
});

function open(): Core {
  const core = startCore();
  cores.push(core);
  return core;
}

const asRequest = (files: { path: string; text: string }[]) => ({
  source: 'markdown' as const,
  files: files.map((file) => ({ name: file.path, base64: Buffer.from(file.text, 'utf8').toString('base64') })),
});

async function writtenJournal(): Promise<Core> {
  const core = open();
  const teaching = await call(core, 'values.create', { label: 'Teaching' });
  const building = await call(core, 'values.create', { label: 'Building' });
  const meetup = await call(core, 'experiments.create', { title: 'Attend the data meetup', kind: 'networking' });
  await call(core, 'reflections.create', {
    entryDate: '2025-12-12',
    title: 'Repair day',
    body: 'Fixed a **radio** with Sam.',
    energy: 5,
    engagement: 2,
    tags: ['hands-on'],
    valueIds: [teaching.id, building.id],
    experimentIds: [meetup.id],
    promptId: 'builtin-energy-1',
  });
  await call(core, 'reflections.create', { entryDate: '2025-12-13', body: 'Untitled, 🙂 and no ratings' });
  return core;
}

async function markdownOf(core: Core) {
  const { document } = await call(core, 'export.journal', {});
  return markdownExport(document);
}

/** A reflection as the notes carry it: what must survive the trip, without ids and row timestamps of the new journal. */
async function noted(core: Core) {
  const { items } = await call(core, 'reflections.list', {});
  const values = new Map((await call(core, 'values.list', {})).map((value) => [value.id, value.label]));
  const experiments = new Map((await call(core, 'experiments.list', {})).items.map((experiment) => [experiment.id, experiment.title]));
  return Promise.all(
    items.map(async ({ id }) => {
      const reflection = await call(core, 'reflections.get', { id });
      return {
        entryDate: reflection.entryDate,
        title: reflection.title,
        body: reflection.body,
        createdAt: reflection.createdAt,
        energy: reflection.energy,
        engagement: reflection.engagement,
        tags: [...reflection.tags].sort(),
        values: reflection.valueIds.map((valueId) => values.get(valueId)).sort(),
        experiments: reflection.experimentIds.map((experimentId) => experiments.get(experimentId)),
        promptId: reflection.promptId,
      };
    }),
  );
}

describe('Markdown round trip', () => {
  it('brings every reflection back with its title once, creation time, ratings, tags, values and prompt', async () => {
    const source = await writtenJournal();
    const files = await markdownOf(source);
    const target = open();
    const preview = await call(target, 'import.preview', asRequest(files));
    expect(preview).toMatchObject({ newEntries: 2, newValues: 2, unlinked: [{ what: 'experiment this journal does not have', count: 1 }] });
    expect(await call(target, 'import.run', asRequest(files))).toEqual({ imported: 2, updated: 0, skipped: 0 });

    const expected = (await noted(source)).map((reflection) => ({ ...reflection, experiments: [] }));
    expect(await noted(target)).toEqual(expected);
    expect((await call(target, 'values.list', {})).map((value) => value.label).sort()).toEqual(['Building', 'Teaching']);
    // What the journal accepted still exports.
    expect((await markdownOf(target)).length).toBeGreaterThan(0);
  });

  it('links the experiments and values a journal already has, adding no value twice', async () => {
    const source = await writtenJournal();
    const files = await markdownOf(source);
    const target = open();
    await call(target, 'values.create', { label: 'teaching' });
    await call(target, 'experiments.create', { title: 'Attend the data meetup', kind: 'networking' });
    const preview = await call(target, 'import.preview', asRequest(files));
    expect(preview).toMatchObject({ newValues: 1, unlinked: [] });
    await call(target, 'import.run', asRequest(files));

    const [repair] = (await noted(target)).filter((reflection) => reflection.title === 'Repair day');
    expect(repair).toMatchObject({ values: ['Building', 'teaching'], experiments: ['Attend the data meetup'], promptId: 'builtin-energy-1' });
    expect(await call(target, 'values.list', {})).toHaveLength(2);
  });

  it('refuses half of a surrogate pair that YAML decodes from an escape, naming the note, and imports nothing', async () => {
    const target = open();
    const request = asRequest([
      { path: 'good.md', text: '---\ndate: 2025-12-12\n---\nFine' },
      { path: 'broken.md', text: '---\ndate: 2025-12-13\ntitle: "half \\ud800 pair"\n---\nBody' },
    ]);
    const error = await failure(target, 'import.run', request);
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toContain('broken.md');
    expect(error.message).toMatch(/its title holds a broken character/);
    expect((await call(target, 'reflections.list', {})).items).toHaveLength(0);
  });
});
