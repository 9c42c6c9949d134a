// A newer Day One export of the same journal updates the entries it imported (text into the entry's history, tags
// replaced) and adds only what is new; an older export, or one whose entry was edited here since, changes nothing.
import { strToU8 } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../../../electron/core/core';
import type { ImportRequest } from '../../../../../shared/domain/interchange/importRequest';
import { call, startCore } from '../coreFixture';

let core: Core;
afterEach(() => core?.close());

interface Entry {
  uuid: string;
  text: string;
  modifiedDate?: string;
  tags?: string[];
  starred?: boolean;
}

function dayOne(...entries: Entry[]): ImportRequest {
  const document = { metadata: { version: '1.0' }, entries: entries.map((entry) => ({ creationDate: '2024-03-01T09:00:00Z', timeZone: 'Europe/London', ...entry })) };
  return { source: 'day-one', file: { name: 'Journal.json', base64: Buffer.from(strToU8(JSON.stringify(document))).toString('base64') } };
}

const march = { uuid: 'U1', text: '# Coffee with Priya\n\nShe spends hours on data\\.', modifiedDate: '2024-03-01T10:00:00Z', tags: ['career'] };
const standup = { uuid: 'U2', text: 'Standup ran long\\.', modifiedDate: '2024-03-01T10:00:00Z', tags: ['work'] };
const first = dayOne(march, standup);
const newer = dayOne(
  { ...march, text: '# Coffee with Priya\n\nShe spends hours on data, and wants a teacher\\.', modifiedDate: '2024-04-01T10:00:00Z' },
  { ...standup, tags: ['work', 'Meetings'], starred: true, modifiedDate: '2024-04-02T10:00:00Z' },
  { uuid: 'U3', text: 'A new one\\.' },
);

async function entries() {
  return (await call(core, 'reflections.list', { limit: 50 })).items;
}

describe('re-importing a Day One journal', () => {
  it('updates edited entries and their tags, keeps the earlier text in the history, and adds only the new one', async () => {
    core = startCore();
    await call(core, 'import.run', first);
    const preview = await call(core, 'import.preview', newer);
    expect(preview).toMatchObject({ newEntries: 1, updatedEntries: 2, duplicateEntries: 0, keptEntries: 0 });
    expect(preview.updated).toEqual([
      { entryDate: '2024-03-01', title: 'Coffee with Priya', changes: 'text' },
      { entryDate: '2024-03-01', title: '', changes: 'tags' },
    ]);
    expect(await call(core, 'import.run', newer)).toEqual({ imported: 1, updated: 2, skipped: 0 });

    const all = await entries();
    expect(all).toHaveLength(3);
    const coffee = all.find((entry) => entry.title === 'Coffee with Priya')!;
    expect(coffee.body).toBe('She spends hours on data, and wants a teacher.');
    expect(coffee.updatedAt).toBe('2024-04-01T10:00:00.000Z');
    const history = await call(core, 'reflections.history', { id: coffee.id });
    // Newest first: the file's new text, then what the journal held before.
    expect(history.map((version) => version.body)).toEqual(['She spends hours on data, and wants a teacher.', 'She spends hours on data.']);
    const standupEntry = all.find((entry) => entry.body === 'Standup ran long.')!;
    expect(standupEntry.tags.map((tag) => tag.toLowerCase()).sort()).toEqual(['meetings', 'starred', 'work']);

    // The same newer file again, and then the older one: nothing changes.
    expect(await call(core, 'import.run', newer)).toEqual({ imported: 0, updated: 0, skipped: 3 });
    const older = await call(core, 'import.preview', first);
    expect(older).toMatchObject({ newEntries: 0, updatedEntries: 0, keptEntries: 2 });
    expect(await call(core, 'import.run', first)).toEqual({ imported: 0, updated: 0, skipped: 2 });
    expect((await entries()).find((entry) => entry.id === coffee.id)?.body).toBe('She spends hours on data, and wants a teacher.');
  });

  it('keeps an entry edited here after its source last changed', async () => {
    core = startCore();
    await call(core, 'import.run', first);
    const coffee = (await entries()).find((entry) => entry.title === 'Coffee with Priya')!;
    await call(core, 'reflections.update', { id: coffee.id, body: 'Rewritten here.' });
    const stale = dayOne({ ...march, text: '# Coffee with Priya\n\nA Day One edit from before\\.', modifiedDate: '2024-03-02T10:00:00Z' }, standup);
    const preview = await call(core, 'import.preview', stale);
    expect(preview).toMatchObject({ updatedEntries: 0, keptEntries: 1, kept: [{ title: 'Coffee with Priya' }] });
    await call(core, 'import.run', stale);
    expect((await call(core, 'reflections.get', { id: coffee.id })).body).toBe('Rewritten here.');
  });

  it('does not call a tag the journal cut to its limit a change, so the same file again updates nothing', async () => {
    core = startCore();
    const longTag = `${'a'.repeat(70)} Team`;
    await call(core, 'import.run', first);
    const tagged = dayOne({ ...standup, tags: [longTag, 'work', 'WORK'], modifiedDate: '2024-04-02T10:00:00Z' });
    expect(await call(core, 'import.run', tagged)).toEqual({ imported: 0, updated: 1, skipped: 0 });
    expect(await call(core, 'import.preview', tagged)).toMatchObject({ updatedEntries: 0, duplicateEntries: 1 });
  });

  it('says which entries a file repeats, apart from those already in the journal', async () => {
    core = startCore();
    await call(core, 'import.run', dayOne(standup));
    const preview = await call(core, 'import.preview', dayOne(standup, march, { ...march }));
    expect(preview).toMatchObject({ newEntries: 1, duplicateEntries: 2, repeatedInFile: 1 });
    expect(preview.duplicates.map((duplicate) => duplicate.inFile)).toEqual([false, true]);
  });
});
