import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseCairnExport } from '../../../../../shared/domain/interchange/cairnJson';
import { MAX_IMPORT_UPLOAD_BYTES } from '../../../../../shared/domain/interchange/importRequest';
import { briefContent } from '../../../../../renderer/features/interchange/briefContent';
import { briefFigure } from '../../../../../renderer/features/interchange/briefFigure';
import { cairnJsonText, markdownZip } from '../../../../../renderer/features/interchange/exportFiles';
import { buildImportRequest, bytesToBase64, filesToSend, type PickedFile, sizeProblem } from '../../../../../renderer/features/interchange/importFiles';

const document = parseCairnExport(
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../../../fixtures/import/cairn-export.json'), 'utf8')),
);
const picked = (name: string, size = 10, text = 'x'): PickedFile => ({ name, size, bytes: async () => new TextEncoder().encode(text) });

describe('exports', () => {
  it('zips the Markdown notes inside one folder named after the export date', () => {
    const files = unzipSync(markdownZip(document));
    expect(Object.keys(files).sort()).toEqual([
      'cairn-2024-04-01/experiments/attend-the-local-data-meetup-5d4c3b2a.md',
      'cairn-2024-04-01/reflections/2024-03-30-what-the-week-taught-me-6f1c2b9e.md',
      'cairn-2024-04-01/strategy.md',
    ]);
    expect(strFromU8(files['cairn-2024-04-01/strategy.md']!)).toContain('Turning messy data into decisions people trust');
  });

  it('writes JSON that parses back to the same export', () => {
    expect(parseCairnExport(JSON.parse(cairnJsonText(document)))).toEqual(document);
  });
});

describe('the strategy brief', () => {
  it('shows active values only, versions newest first, and reflections as evidence under their values', () => {
    const content = briefContent(document);
    expect(content.values.map((value) => value.label)).toEqual(['Teaching']);
    expect(content.versions).toEqual([{ id: document.strategyVersions[0]!.id, date: '2024-03-15', changeNote: 'First draft after three conversations' }]);
    expect(content.experiments[0]).toMatchObject({ title: 'Attend the local data meetup', kind: 'Networking venue or community', when: '2024-03-21 – 2024-04-20' });
    expect(content.evidence[0]?.reflections.map((reflection) => reflection.title)).toEqual(['What the week taught me']);
  });

  it('draws the stored layout, and a tidy one when the layout is missing', () => {
    const values = briefContent(document).values;
    const stored = briefFigure(document.strategy.layout, values);
    expect(stored.circles).toMatchObject([{ x: 300, y: 200, r: 120, label: 'Teaching', colour: '#3a7d44' }]);
    const two = [...values, { id: 'other', label: 'Building', description: '', colour: '#123456' }];
    const tidy = briefFigure({}, two);
    expect(tidy.circles.map((circle) => circle.label)).toEqual(['Teaching', 'Building']);
    expect(tidy.circles.map((circle) => circle.colour)).toEqual(['#3a7d44', '#123456']);
  });
});

describe('picking files to import', () => {
  it('sends only the notes from a folder, a lone zip as it is, and one file for other sources', () => {
    const folder = [picked('Notes/a.md'), picked('Notes/photo.jpg'), picked('Notes/b.markdown')];
    expect(filesToSend('markdown', folder).map((file) => file.name)).toEqual(['Notes/a.md', 'Notes/b.markdown']);
    expect(filesToSend('markdown', [picked('Notes.zip')]).map((file) => file.name)).toEqual(['Notes.zip']);
    expect(filesToSend('day-one', [picked('a.json'), picked('b.json')]).map((file) => file.name)).toEqual(['a.json']);
  });

  it('explains, before sending anything, when the files are too large to travel', () => {
    expect(sizeProblem([picked('small.json')])).toBeNull();
    expect(sizeProblem([picked('huge.zip', MAX_IMPORT_UPLOAD_BYTES + 1)])).toMatch(/is 70 MB; Cairn can import up to 70 MB.*Nothing was imported/);
  });

  it('encodes bytes as base64 the core can read back', async () => {
    const bytes = Uint8Array.from({ length: 100_000 }, (_, i) => i % 256);
    expect(Buffer.from(bytesToBase64(bytes), 'base64').equals(Buffer.from(bytes))).toBe(true);
    expect(await buildImportRequest('jrnl', [picked('j.json', 2, '{}')])).toEqual({ source: 'jrnl', file: { name: 'j.json', base64: 'e30=' } });
  });
});
