import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importMarkdownFiles, type MarkdownFile } from '../../../../../electron/core/interchange/markdownImport';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCairnExport } from '../../../../../shared/domain/interchange/cairnJson';
import { markdownExport } from '../../../../../shared/domain/interchange/markdownExport';
import { expectRefused } from './expectRefused';

const now = new Date('2024-06-01T12:00:00Z');

function note(relativePath: string, text: string): MarkdownFile {
  return { relativePath, bytes: strToU8(text) };
}

const vault: MarkdownFile[] = [
  note('Daily/2024-03-01.md', '---\ntags: [career, "#mentoring"]\n---\n# Lunch with Sam\n\nSam runs the #data-guild. Try `#notatag`.\n'),
  note('Daily/2024-03-02.md', 'No front matter, no heading.\r\nJust a line about #teaching.\r\n'),
  note('Notes/Meetup recap.md', '---\ntitle: "Meetup: what I learned"\ncreated: 2024-03-05T19:30:00+01:00\ntags: networking, events\nstarred: true\n---\nThree people do the work I want.\n'),
  note('Notes/Undated idea.md', 'An idea with no date anywhere.'),
  note('.obsidian/workspace.md', '2024-01-01'),
  note('Daily/.2024-03-03.md', 'hidden'),
  note('attachments/2024-03-01 photo.png', '\u0089PNG'),
];

describe('importMarkdownFiles', () => {
  it('reads daily notes and dated notes: dates, titles and front-matter tags', () => {
    const batch = importMarkdownFiles(vault, { now });
    expect(batch.source).toBe('markdown');
    expect(batch.entries).toEqual([
      {
        externalId: 'Daily/2024-03-01.md',
        entryDate: '2024-03-01',
        createdAt: '2024-03-01T12:00:00.000Z',
        title: 'Lunch with Sam',
        body: 'Sam runs the #data-guild. Try `#notatag`.',
        tags: ['career', 'mentoring'],
      },
      {
        externalId: 'Daily/2024-03-02.md',
        entryDate: '2024-03-02',
        createdAt: '2024-03-02T12:00:00.000Z',
        title: '',
        body: 'No front matter, no heading.\nJust a line about #teaching.',
        tags: [],
      },
      {
        externalId: 'Notes/Meetup recap.md',
        entryDate: '2024-03-05',
        createdAt: '2024-03-05T18:30:00.000Z',
        title: 'Meetup: what I learned',
        body: 'Three people do the work I want.',
        tags: ['networking', 'events'],
        starred: true,
      },
    ]);
  });

  it('skips notes with no date and says which, ignoring hidden files and attachments', () => {
    const { problems } = importMarkdownFiles(vault, { now });
    expect(problems).toEqual([{ where: 'Notes/Undated idea.md', message: 'Skipped: no date in its front matter (date: or created:) or its file name.' }]);
  });

  it('collects inline #tags when asked', () => {
    const batch = importMarkdownFiles(vault, { now, inlineTags: true });
    expect(batch.entries.map((entry) => entry.tags)).toEqual([['career', 'mentoring', 'data-guild'], ['teaching'], ['networking', 'events']]);
  });

  it('uses the file name as the title when it is more than a date', () => {
    const batch = importMarkdownFiles([note('2024-04-02 Quarterly review.md', 'Went well.')], { now });
    expect(batch.entries[0]).toMatchObject({ entryDate: '2024-04-02', title: '2024-04-02 Quarterly review', body: 'Went well.' });
  });

  it('keeps going past front matter that is not YAML, and says so', () => {
    const batch = importMarkdownFiles([note('2024-04-03.md', '---\ntags: [unclosed\n---\nBody.')], { now });
    expect(batch.entries[0]).toMatchObject({ entryDate: '2024-04-03', body: 'Body.', tags: [] });
    expect(batch.problems).toEqual([{ where: '2024-04-03.md', message: 'Its front matter is not valid YAML, so it was ignored.' }]);
  });

  it('refuses a note that is not UTF-8, naming it', () => {
    const latin1: MarkdownFile = { relativePath: 'Daily/2024-03-04.md', bytes: Uint8Array.from([0x63, 0x61, 0x66, 0xe9]) };
    expectRefused(() => importMarkdownFiles([...vault, latin1], { now }), '"Daily/2024-03-04.md" is not UTF-8 text');
  });

  it('refuses out-of-range and impossible dates', () => {
    expectRefused(() => importMarkdownFiles([note('1899-05-01.md', 'Old.')], { now }), '1899-05-01.md', /before 1900-01-01/);
    expectRefused(() => importMarkdownFiles([note('n.md', '---\ndate: 2025-01-01\n---\nSoon.')], { now }), /in the future/);
    expectRefused(() => importMarkdownFiles([note('2024-02-31.md', 'Never.')], { now }), /"2024-02-31" is not a real calendar date/);
  });

  it('refuses a note larger than one entry may be, and a folder larger than an import may be', () => {
    expectRefused(() => importMarkdownFiles([note('2024-01-01.md', 'x'.repeat(2000))], { now, limits: { maxEntryChars: 1000 } }), /more than the 1000 bytes one entry may hold/);
    expectRefused(() => importMarkdownFiles(vault, { now, limits: { maxTotalBytes: 100 } }), /more than the 100 bytes an import may read/);
  });

  it('reads times with their zone, Jekyll style included, the last edit, and ratings', () => {
    const { entries } = importMarkdownFiles(
      [
        note('post.md', '---\ndate: 2015-02-02 12:45:05 +01:00\nupdated: 2015-02-03T08:00:00Z\nenergy: 4\nengagement: 6\n---\nBody'),
        note('obsidian.md', '---\npublished: 2023-07-09T22:10:00-07:00\n---\nLate'),
      ],
      { now },
    );
    expect(entries[0]).toMatchObject({ entryDate: '2015-02-02', createdAt: '2015-02-02T11:45:05.000Z', updatedAt: '2015-02-03T08:00:00.000Z', energy: 4 });
    expect(entries[0]?.engagement).toBeUndefined();
    expect(entries[1]).toMatchObject({ entryDate: '2023-07-09', createdAt: '2023-07-10T05:10:00.000Z' });
  });

  it('reads Cairn’s own Markdown export back: the title once, untitled notes untitled, creation time and ratings kept', () => {
    const document = parseCairnExport(JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../../../fixtures/import/cairn-export.json'), 'utf8')));
    const untitled = { ...document.reflections[0]!, id: 'e414c7cd-0000-4000-8000-000000000001', title: '', energy: 2, engagement: 5 };
    const exported = markdownExport({ ...document, reflections: [...document.reflections, untitled] });
    const notes = exported.filter((file) => file.path.startsWith('reflections/')).map((file) => note(file.path, file.text));
    const { entries } = importMarkdownFiles(notes, { now: new Date('2030-01-01T00:00:00Z') });
    const expected = [...document.reflections, untitled];
    expect(entries).toHaveLength(expected.length);
    for (const reflection of expected) {
      const entry = entries.find((candidate) => candidate.externalId?.includes(reflection.id.slice(0, 8)));
      expect(entry).toMatchObject({
        entryDate: reflection.entryDate,
        title: reflection.title.trim(),
        body: reflection.body.trim(),
        createdAt: reflection.createdAt,
        ...(reflection.energy !== null && { energy: reflection.energy }),
        ...(reflection.engagement !== null && { engagement: reflection.engagement }),
      });
    }
  });

  it('reads the values, experiments and prompt a note names, and reports a value no journal could keep as a label', () => {
    const long = 'x'.repeat(121);
    const { entries, problems } = importMarkdownFiles(
      [note('2024-03-01.md', `---\nvalues: [Teaching, "${long}"]\nexperiments: Attend the meetup\nprompt: What gave you energy today?\n---\nBody`)],
      { now },
    );
    expect(entries[0]).toMatchObject({ values: ['Teaching'], experiments: ['Attend the meetup'], prompt: 'What gave you energy today?' });
    expect(problems).toEqual([{ where: '2024-03-01.md', message: expect.stringContaining('is not a label a value can have') as string }]);
  });

  it('reads Hugo’s TOML front matter, and says when it is not TOML', () => {
    const { entries, problems } = importMarkdownFiles(
      [
        note('content/posts/first.md', '+++\ntitle = "First post"\ndate = 2015-02-02T12:45:05+01:00\ntags = ["hugo", "writing"]\n+++\nHello from Hugo.'),
        note('content/posts/2015-03-01-broken.md', '+++\ntitle = \n+++\nStill imported.'),
      ],
      { now },
    );
    expect(entries[0]).toMatchObject({ title: 'First post', entryDate: '2015-02-02', createdAt: '2015-02-02T11:45:05.000Z', body: 'Hello from Hugo.', tags: ['hugo', 'writing'] });
    expect(entries[1]).toMatchObject({ entryDate: '2015-03-01', body: 'Still imported.' });
    expect(problems).toContainEqual({ where: 'content/posts/2015-03-01-broken.md', message: 'Its front matter is not valid TOML, so it was ignored.' });
  });
});
