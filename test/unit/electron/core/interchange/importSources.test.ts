// Importing through the core: every source previews then writes, a second import adds nothing, refusals write nothing.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../../../electron/core/core';
import type { ImportRequest } from '../../../../../shared/domain/interchange/importRequest';
import { call, failure, startCore } from '../coreFixture';
import { journalRows } from './journalRows';
import { seedJournal, steppingClock } from './seedJournal';

const fixtures = path.resolve(import.meta.dirname, '../../../../fixtures/import');
const fixture = (name: string) => readFileSync(path.join(fixtures, name));
const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const file = (name: string, bytes: Uint8Array) => ({ name, base64: base64(bytes) });

let core: Core;
afterEach(() => core?.close());

async function titles(): Promise<string[]> {
  return (await call(core, 'reflections.list', { limit: 200 })).items.map((reflection) => reflection.title);
}

const sources: { name: string; request: () => ImportRequest; entries: number; sampleTitle: string }[] = [
  {
    name: 'a Day One journal JSON',
    request: () => ({ source: 'day-one', file: file('Journal.json', fixture('day-one-journal.json')) }),
    entries: 2,
    sampleTitle: 'Coffee with Priya.',
  },
  {
    name: 'a Day One export zip',
    request: () => ({ source: 'day-one', file: file('export.zip', zipSync({ 'Journal.json': fixture('day-one-journal.json') })) }),
    entries: 2,
    sampleTitle: 'Coffee with Priya.',
  },
  {
    name: 'a jrnl JSON export',
    request: () => ({ source: 'jrnl', file: file('jrnl.json', fixture('jrnl-export.json')) }),
    entries: 2,
    sampleTitle: 'Spoke with the platform team lead.',
  },
  {
    name: 'a folder of Markdown notes',
    request: () => ({
      source: 'markdown',
      files: [
        file('Notes/2024-02-01.md', strToU8('---\ntags: [career]\n---\nA first note')),
        file('Notes/Ideas.md', strToU8('---\ndate: 2024-02-03\ntitle: Ideas\n---\nTeach a workshop')),
        file('Notes/undated.md', strToU8('No date anywhere')),
      ],
    }),
    entries: 2,
    sampleTitle: 'Ideas',
  },
  {
    name: 'a zip of a Markdown folder',
    request: () => ({
      source: 'markdown',
      files: [file('Notes.zip', zipSync({ 'Notes/2024-02-01.md': strToU8('A first note'), 'Notes/Ideas.md': strToU8('---\ndate: 2024-02-03\ntitle: Ideas\n---\nx') }))],
    }),
    entries: 2,
    sampleTitle: 'Ideas',
  },
];

describe.each(sources)('importing $name', ({ request, entries, sampleTitle }) => {
  it('previews, imports the new entries, and adds nothing the second time', async () => {
    core = startCore();
    const preview = await call(core, 'import.preview', request());
    expect(preview).toMatchObject({ totalEntries: entries, newEntries: entries, duplicateEntries: 0, restores: null });
    expect(preview.dateRange).not.toBeNull();
    expect(await titles()).toEqual([]);

    expect(await call(core, 'import.run', request())).toEqual({ imported: entries, updated: 0, skipped: 0 });
    expect(await titles()).toContain(sampleTitle);

    expect(await call(core, 'import.preview', request())).toMatchObject({ newEntries: 0, duplicateEntries: entries });
    const before = journalRows(core.db);
    expect(await call(core, 'import.run', request())).toEqual({ imported: 0, updated: 0, skipped: entries });
    expect(journalRows(core.db)).toEqual(before);
  });
});

describe('what an import brings along', () => {
  it('keeps Day One tags, marks starred entries with a tag, and reports photo-only entries as problems', async () => {
    core = startCore();
    const request: ImportRequest = { source: 'day-one', file: file('Journal.json', fixture('day-one-journal.json')) };
    const preview = await call(core, 'import.preview', request);
    expect(preview.problems.map((problem) => problem.message).join(' ')).toMatch(/photo/i);
    await call(core, 'import.run', request);
    const [coffee] = (await call(core, 'reflections.list', { tag: 'career' })).items;
    expect(coffee).toMatchObject({ entryDate: '2024-03-02', tags: ['career', 'conversations', 'starred'] });
    const starred = (await call(core, 'reflections.list', { tag: 'starred' })).items;
    expect(starred.map((reflection) => reflection.title)).toEqual(['Coffee with Priya.']);
  });

  it('brings an entry back when it was deleted after importing', async () => {
    core = startCore();
    const request: ImportRequest = { source: 'jrnl', file: file('jrnl.json', fixture('jrnl-export.json')) };
    await call(core, 'import.run', request);
    const [newest] = (await call(core, 'reflections.list', {})).items;
    await call(core, 'reflections.delete', { id: newest!.id });
    expect(await call(core, 'import.run', request)).toEqual({ imported: 1, updated: 0, skipped: 1 });
  });
  it('still recognises an entry restored from Recently deleted, so importing the file again adds no copy', async () => {
    core = startCore();
    const request: ImportRequest = { source: 'day-one', file: file('Journal.json', fixture('day-one-journal.json')) };
    await call(core, 'import.run', request);
    const [newest] = (await call(core, 'reflections.list', {})).items;
    await call(core, 'reflections.delete', { id: newest!.id });
    await call(core, 'trash.restore', { kind: 'reflection', id: newest!.id });
    expect(await call(core, 'import.run', request)).toEqual({ imported: 0, updated: 0, skipped: 2 });
    expect((await call(core, 'reflections.list', {})).items).toHaveLength(2);
  });
});

describe('refused files write nothing', () => {
  const cairn = JSON.parse(fixture('cairn-export.json').toString('utf8')) as Record<string, unknown>;
  const cairnFile = (document: unknown): ImportRequest => ({ source: 'cairn-json', file: file('cairn.json', strToU8(JSON.stringify(document))) });
  const firstReflection = (cairn.reflections as object[])[0];

  const withPersonId = (id: string) => {
    const [experiment] = cairn.experiments as { people: object[] }[];
    return cairnFile({ ...cairn, experiments: [{ ...experiment, people: [{ ...experiment!.people[0], id }] }] });
  };

  const hostile: { name: string; request: ImportRequest | ((core: Core) => ImportRequest); message: RegExp }[] = [
    { name: 'truncated JSON', request: { source: 'day-one', file: file('Journal.json', fixture('day-one-journal.json').subarray(0, 300)) }, message: /not complete JSON/ },
    { name: 'a file that is not UTF-8', request: { source: 'jrnl', file: file('jrnl.json', new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])) }, message: /UTF-8/ },
    {
      name: 'a zip entry climbing out with ..',
      request: { source: 'day-one', file: file('export.zip', zipSync({ '../Journal.json': fixture('day-one-journal.json') })) },
      message: /climbs out/,
    },
    {
      name: 'an entry dated in the future',
      request: { source: 'markdown', files: [file('2999-01-01.md', strToU8('From the future'))] },
      message: /in the future|before 1900|not/,
    },
    { name: 'an export from a newer Cairn', request: cairnFile({ ...cairn, formatVersion: 9 }), message: /newer Cairn/ },
    {
      name: 'a Cairn export linking a value it does not hold',
      request: cairnFile({ ...cairn, values: [] }),
      message: /reflection 1 \(2024-03-30\), links to a value that is not in the file/,
    },
    {
      name: 'a Cairn export repeating a reflection id',
      request: cairnFile({ ...cairn, reflections: [firstReflection, { ...firstReflection, entryDate: '2024-03-31' }] }),
      message: /lists the reflection 6f1c2b9e-4a3d-4c1e-9b7a-2d5e8f0a1b2c twice/,
    },
    {
      // Values, prompts and the experiment are written before the clash: the transaction must take them back out.
      name: 'a Cairn export that fails halfway through writing',
      request: (open) => withPersonId(open.db.prepare<[], { id: string }>('SELECT id FROM experiment_people').get()!.id),
      message: /reuses an id the journal already has for something else\. Nothing was imported/,
    },
  ];

  it.each(hostile)('$name', async ({ request: make, message }) => {
    core = startCore(undefined, { clock: steppingClock() });
    await seedJournal(core);
    const before = journalRows(core.db);
    const request = typeof make === 'function' ? make(core) : make;
    const runError = await failure(core, 'import.run', request);
    expect(runError.message).toMatch(message);
    expect(runError.code).toBe('VALIDATION');
    expect(journalRows(core.db)).toEqual(before);
  });

  it('takes #tags written in Markdown text only when asked', async () => {
    core = startCore();
    const files = [file('Notes/2024-02-01.md', strToU8('---\ntags: [career]\n---\nMet the #data-guild today'))];
    await call(core, 'import.run', { source: 'markdown', files });
    expect((await call(core, 'tags.list', {})).map((tag) => tag.name)).toEqual(['career']);
    const other = startCore();
    try {
      await call(other, 'import.run', { source: 'markdown', files, inlineTags: true });
      expect((await call(other, 'tags.list', {})).map((tag) => tag.name).sort()).toEqual(['career', 'data-guild']);
    } finally {
      other.close();
    }
  });
});
