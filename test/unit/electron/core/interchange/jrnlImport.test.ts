import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importJrnl } from '../../../../../electron/core/interchange/jrnlImport';
import { expectRefused } from './expectRefused';

const exportBytes = readFileSync(path.resolve(import.meta.dirname, '../../../../fixtures/import/jrnl-export.json'));
const now = new Date('2024-06-01T12:00:00Z');

function jrnl(entries: object[]): Uint8Array {
  return strToU8(JSON.stringify({ tags: {}, entries }));
}

describe('importJrnl', () => {
  it('reads a jrnl export: dates as written, tags without "@", the time as this computer’s local time', () => {
    const batch = importJrnl(exportBytes, 'journal.json', { now });
    expect(batch).toMatchObject({ source: 'jrnl', problems: [] });
    expect(batch.entries).toEqual([
      {
        entryDate: '2024-02-10',
        createdAt: new Date(2024, 1, 10, 9, 30).toISOString(),
        title: 'Spoke with the platform team lead.',
        body: 'They want someone who can simplify onboarding.\nI could test that with a small side project.',
        tags: ['work', 'ideas'],
        starred: true,
      },
      {
        entryDate: '2024-02-11',
        createdAt: new Date(2024, 1, 11, 18, 5).toISOString(),
        title: 'Short day.',
        body: '',
        tags: ['work'],
        starred: false,
      },
    ]);
  });

  it('moves a first sentence too long for a title into the body', () => {
    const long = `${'word '.repeat(80)}end.`;
    const batch = importJrnl(jrnl([{ date: '2024-01-01', time: '08:00', title: long, body: 'More.', tags: [] }]), 'j.json', { now });
    expect(batch.entries[0]).toMatchObject({ title: '', body: `${long.trim()}\n\nMore.` });
  });

  it('skips empty entries and reports them', () => {
    const batch = importJrnl(jrnl([{ date: '2024-01-01', time: '08:00', title: ' ', body: '' }]), 'j.json', { now });
    expect(batch.entries).toEqual([]);
    expect(batch.problems).toEqual([{ where: 'j.json, entry 1 (2024-01-01)', message: 'Skipped: it has no text.' }]);
  });

  it('refuses truncated JSON, wrong shapes and impossible or out-of-range dates', () => {
    expectRefused(() => importJrnl(exportBytes.subarray(0, exportBytes.length - 10), 'j.json', { now }), /not complete JSON/);
    expectRefused(() => importJrnl(jrnl([{ date: '10/02/2024', time: '09:30', title: 'x', body: '' }]), 'j.json', { now }), /jrnl export/, /date/);
    expectRefused(() => importJrnl(jrnl([{ date: '2024-02-10', time: '9.30pm', title: 'x', body: '' }]), 'j.json', { now }), /time/);
    expectRefused(() => importJrnl(jrnl([{ date: '2023-02-29', time: '09:30', title: 'x', body: '' }]), 'j.json', { now }), /"2023-02-29" is not a real calendar date/);
    expectRefused(() => importJrnl(jrnl([{ date: '1899-12-31', time: '09:30', title: 'x', body: '' }]), 'j.json', { now }), /before 1900-01-01/);
    expectRefused(() => importJrnl(jrnl([{ date: '2031-01-01', time: '09:30', title: 'x', body: '' }]), 'j.json', { now }), /in the future/);
  });

  it('refuses text that is not UTF-8', () => {
    expectRefused(() => importJrnl(Uint8Array.from([0x7b, 0xff, 0xfe, 0x7d]), 'j.json', { now }), '"j.json" is not UTF-8 text');
  });

  it('reads jrnl’s plain-text journal file: the first sentence as the title, 12- and 24-hour times, @tags and stars', () => {
    const text = [
      '[2024-03-01 09:05] Met Sam at the @library. We planned a #workshop.',
      'Second line of the body.',
      '',
      '[2024-03-02 07:30:00 PM] *A starred evening!',
      '[2024-03-03 00:15] No sentence end',
    ].join('\n');
    const { entries } = importJrnl(strToU8(text), 'journal.txt', { now });
    expect(entries).toHaveLength(3);
    expect(entries[0]).toMatchObject({ entryDate: '2024-03-01', title: 'Met Sam at the @library.', body: 'We planned a #workshop.\nSecond line of the body.', tags: ['library', 'workshop'] });
    expect(new Date(entries[0]!.createdAt).getHours()).toBe(9);
    expect(entries[1]).toMatchObject({ title: 'A starred evening!', body: '', starred: true });
    expect(new Date(entries[1]!.createdAt).getHours()).toBe(19);
    expect(entries[2]).toMatchObject({ entryDate: '2024-03-03', title: 'No sentence end' });
  });

  it('says how to export when a file is neither jrnl JSON nor a jrnl journal', () => {
    expectRefused(() => importJrnl(strToU8('Just some notes\nwith no dates'), 'notes.txt', { now }), /neither a jrnl JSON export nor a jrnl journal file/, /jrnl --export json/);
  });
});
