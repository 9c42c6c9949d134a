import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importDayOne } from '../../../../../electron/core/interchange/dayOneImport';
import { expectRefused } from './expectRefused';

const fixtures = path.resolve(import.meta.dirname, '../../../../fixtures/import');
const journalBytes = readFileSync(path.join(fixtures, 'day-one-journal.json'));
const now = new Date('2024-06-01T12:00:00Z');

function journal(entries: object[]): Uint8Array {
  return strToU8(JSON.stringify({ metadata: { version: '1.0' }, entries }));
}

function dayOneEntry(overrides: object = {}): object {
  return { uuid: 'ABC', creationDate: '2024-05-01T10:00:00Z', timeZone: 'Europe/London', text: 'A day\\.', ...overrides };
}

describe('importDayOne, valid exports', () => {
  it('reads a journal JSON: dates in each entry’s own zone, unescaped Markdown, "# Title" as the title', () => {
    const batch = importDayOne(journalBytes, 'Journal.json', { now });
    expect(batch.source).toBe('day-one');
    expect(batch.entries).toHaveLength(2);
    const [coffee, lateNight] = batch.entries;
    expect(coffee).toEqual({
      externalId: '0F3C2A9B8E1D4C5FA1B2C3D4E5F60718',
      entryDate: '2024-03-02',
      createdAt: '2024-03-01T23:30:00.000Z',
      updatedAt: '2024-03-02T07:00:00.000Z',
      title: 'Coffee with Priya.',
      body: 'She said the team spends 2-3 hours a day turning messy data into decisions! (Not dashboards.)\n\n\\- not a list, just a dash\n1\\. not a list either',
      tags: ['career', 'conversations'],
      starred: true,
      timeZone: 'Europe/Berlin',
    });
    expect(lateNight).toMatchObject({ entryDate: '2024-03-04', title: '', body: 'Late night thought: teaching is what I keep coming back to.' });
  });

  it('counts every kind of data it leaves out, skips a photo-only entry with its reason, and leaves no gap where a photo was', () => {
    const { problems, leftOut } = importDayOne(journalBytes, 'Journal.json', { now });
    expect(problems).toEqual([
      { where: 'Journal.json, entry 3', message: 'Skipped: it has no text (Cairn imports the words of an entry; its photos and files are counted under Left out).' },
    ]);
    expect(leftOut).toEqual([{ what: 'photos', count: 2 }]);

    const rich = dayOneEntry({
      text: 'Before\\.\n\n![](dayone-moment://P1) ![](dayone-moment://P2)\n![](dayone-moment:/video/V1)\nMiddle ![](dayone-moment:/audio/A1) words\\.\n![](dayone-moment:/pdfAttachment/D1)\nAfter\\.',
      photos: [{ identifier: 'P1' }, { identifier: 'P2' }, { identifier: 'P3' }],
      location: { placeName: 'Café' },
      weather: { conditionsDescription: 'Rain' },
      music: { track: 'A song' },
      userActivity: { stepCount: 1200 },
    });
    const batch = importDayOne(journal([rich, dayOneEntry({ uuid: 'B', location: { placeName: 'Home' } })]), 'J.json', { now });
    expect(batch.entries[0]?.body).toBe('Before.\n\nMiddle  words.\nAfter.');
    expect(batch.leftOut).toEqual([
      { what: 'photos', count: 3 },
      { what: 'videos', count: 1 },
      { what: 'audio recordings', count: 1 },
      { what: 'PDFs', count: 1 },
      { what: 'locations', count: 2 },
      { what: 'weather readings', count: 1 },
      { what: 'songs playing', count: 1 },
      { what: 'activities (steps, motion)', count: 1 },
    ]);
  });

  it('reads the .zip Day One writes, with several journals and a photos folder', () => {
    const zip = zipSync({
      'Journal.json': new Uint8Array(journalBytes),
      'Work.json': journal([dayOneEntry({ uuid: 'WORK-1', text: '# Standup\n\nShort one\\.' })]),
      'photos/8a1b2c3d.jpeg': new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]),
    });
    const batch = importDayOne(zip, 'Export-2024.zip', { now });
    expect(batch.entries.map((entry) => entry.externalId)).toEqual([
      '0F3C2A9B8E1D4C5FA1B2C3D4E5F60718',
      '1A2B3C4D5E6F70819203A4B5C6D7E8F9',
      'WORK-1',
    ]);
    expect(batch.entries[2]).toMatchObject({ title: 'Standup', body: 'Short one.', entryDate: '2024-05-01' });
  });

  it('takes the date in UTC when the zone is unknown, and says so', () => {
    const batch = importDayOne(journal([dayOneEntry({ creationDate: '2024-05-01T23:30:00Z', timeZone: 'Nowhere/Special' })]), 'J.json', { now });
    expect(batch.entries[0]?.entryDate).toBe('2024-05-01');
    expect(batch.problems[0]?.message).toMatch(/Unknown time zone "Nowhere\/Special"/);
  });
});

describe('importDayOne, broken or hostile files produce nothing', () => {
  it('refuses truncated JSON', () => {
    expectRefused(() => importDayOne(journalBytes.subarray(0, 200), 'Journal.json', { now }), '"Journal.json" is not complete JSON', /truncated/);
  });

  it('refuses JSON that is not a Day One journal', () => {
    expectRefused(() => importDayOne(strToU8('{"entries": [{"text": "no date"}]}'), 'J.json', { now }), /Day One journal/, /creationDate/);
  });

  it('refuses text that is not UTF-8, naming the file', () => {
    const latin1 = Uint8Array.from([...strToU8('{"entries":[{"text":"caf'), 0xe9, ...strToU8('","creationDate":"2024-01-01T00:00:00Z"}]}')]);
    expectRefused(() => importDayOne(zipSync({ 'Journal.json': latin1 }), 'export.zip', { now }), '"Journal.json" is not UTF-8 text');
  });

  it('refuses an entry holding 50 MB of text', () => {
    const huge = journal([dayOneEntry(), dayOneEntry({ text: 'x'.repeat(50 * 1024 * 1024) })]);
    expectRefused(() => importDayOne(huge, 'J.json', { now }), 'J.json, entry 2', /more than the 10 MB one entry may hold/);
  });

  it('refuses entries dated before 1900, in the future or on impossible dates', () => {
    expectRefused(() => importDayOne(journal([dayOneEntry({ creationDate: '1850-05-01T10:00:00Z' })]), 'J.json', { now }), /before 1900-01-01/);
    expectRefused(() => importDayOne(journal([dayOneEntry({ creationDate: '2024-06-03T10:00:00Z' })]), 'J.json', { now }), /in the future/);
    expectRefused(() => importDayOne(journal([dayOneEntry({ creationDate: '2024-02-30T10:00:00Z' })]), 'J.json', { now }), /creationDate/);
    expectRefused(() => importDayOne(journal([dayOneEntry({ creationDate: 'last Tuesday' })]), 'J.json', { now }), /creationDate/);
  });

  it('refuses a zip without any journal in it', () => {
    expectRefused(() => importDayOne(zipSync({ 'photos/a.jpeg': new Uint8Array([1, 2, 3]) }), 'export.zip', { now }), /holds no Day One journal/);
  });

  it('refuses a zip whose entries climb out with "..", are absolute, or carry a drive letter', () => {
    const ok = new Uint8Array(journalBytes);
    for (const name of ['../Journal.json', 'photos/../../evil.json', '/etc/Journal.json', 'C:/Users/Journal.json', 'photos\\..\\..\\x.jpeg']) {
      expectRefused(() => importDayOne(zipSync({ 'Journal.json': ok, [name]: strToU8('{}') }), 'export.zip', { now }), /"export\.zip" contains an entry whose name/);
    }
  });

  it('refuses a zip bomb: a tiny archive that inflates to 32 MB of zeros', () => {
    const bomb = zipSync({ 'Journal.json': new Uint8Array(32 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(100 * 1024);
    expectRefused(() => importDayOne(bomb, 'export.zip', { now }), /expands more than 100 times its own size/);
  });

  it('refuses a zip that unpacks to more than the import bound, whatever its header claims', () => {
    const pseudoRandom = Uint8Array.from({ length: 3 * 1024 * 1024 }, (_, i) => (i * 2654435761) >>> 24);
    const zip = zipSync({ 'Journal.json': pseudoRandom });
    patchDeclaredSizes(zip, 10);
    expectRefused(() => importDayOne(zip, 'export.zip', { now, limits: { maxTotalBytes: 2 * 1024 * 1024 + zip.length } }), /unpacks to more than 2 MB/);
  });

  it('refuses a zip that is cut short', () => {
    const zip = zipSync({ 'Journal.json': new Uint8Array(journalBytes) }, { level: 0 });
    expectRefused(() => importDayOne(zip.subarray(0, 400), 'export.zip', { now }), /"export\.zip"/);
  });
});

/** Rewrites the sizes a zip declares for its first entry, as a hostile archive would, to show they are not trusted. */
function patchDeclaredSizes(zip: Uint8Array, declared: number): void {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  view.setUint32(22, declared, true);
  const central = zip.findIndex((_, i) => view.getUint32(i, true) === 0x02014b50);
  view.setUint32(central + 24, declared, true);
}
