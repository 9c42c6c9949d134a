// Attachments survive the exports: the Cairn zip restores them byte for byte into an empty journal (every table equal),
// a damaged or missing file refuses the import, and the Markdown export writes them beside the notes, linked relatively.
import { strToU8, unzipSync, zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../../../electron/core/core';
import { attachmentMarkdown } from '../../../../../shared/domain/attachments';
import type { CairnExport } from '../../../../../shared/domain/interchange/cairnJson';
import { cairnExportZip, markdownZip } from '../../../../../renderer/features/interchange/exportFiles';
import { call, failure, startCore } from '../coreFixture';
import { journalRows, journalTables } from './journalRows';
import { seedJournal, steppingClock } from './seedJournal';

const cores: Core[] = [];
afterEach(() => {
  for (const core of cores.splice(0)) core.close();
});

function open(): Core {
  const core = startCore(undefined, { clock: steppingClock() });
  cores.push(core);
  return core;
}

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('pixels')]);
// Every byte value, so an encoding slip anywhere (text decoding, base64) shows.
const BINARY = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7) % 256));

async function journalWithAttachments(): Promise<{ core: Core; document: CairnExport; bytes: Map<string, Uint8Array<ArrayBuffer>> }> {
  const core = open();
  await seedJournal(core);
  const photo = await call(core, 'attachments.add', { name: 'harbour [dawn].png', base64: PNG.toString('base64') });
  const file = await call(core, 'attachments.add', { name: 'notes.docx', base64: BINARY.toString('base64') });
  await call(core, 'reflections.create', { entryDate: '2025-12-02', title: 'With files', body: `Morning.\n${attachmentMarkdown(photo)}\n${attachmentMarkdown(file)}` });
  const { document } = await call(core, 'export.journal', {});
  const bytes = new Map<string, Uint8Array<ArrayBuffer>>();
  for (const { sha256 } of document.attachments) {
    bytes.set(sha256, new Uint8Array(Buffer.from((await call(core, 'attachments.get', { sha256 })).base64, 'base64')));
  }
  return { core, document, bytes };
}

const asImport = (zip: Uint8Array) => ({ source: 'cairn-json' as const, file: { name: 'cairn-2026-11-02.zip', base64: Buffer.from(zip).toString('base64') } });

describe('attachments in the Cairn export', () => {
  it('restores every table of the journal, attachments byte-identical, from the zip into an empty journal', async () => {
    const { core: source, document, bytes } = await journalWithAttachments();
    expect(document.attachments.map((a) => [a.name, a.mime, a.size])).toEqual(
      expect.arrayContaining([['harbour [dawn].png', 'image/png', PNG.length], ['notes.docx', 'application/octet-stream', BINARY.length]]),
    );
    const zip = cairnExportZip(document, bytes);
    expect(Object.keys(unzipSync(zip)).sort()).toEqual(
      [`cairn-${document.exportedAt.slice(0, 10)}.json`, ...document.attachments.map((a) => `attachments/${a.sha256}.${a.mime === 'image/png' ? 'png' : 'docx'}`)].sort(),
    );

    const target = open();
    expect(await call(target, 'import.run', asImport(zip))).toMatchObject({ imported: 6, skipped: 0 });
    expect(journalTables(target.db)).toEqual(journalTables(source.db));
    const sourceRows = journalRows(source.db);
    const targetRows = journalRows(target.db);
    for (const table of journalTables(source.db)) expect({ table, rows: targetRows[table] }).toEqual({ table, rows: sourceRows[table] });
    for (const [sha256, original] of bytes) {
      const back = Buffer.from((await call(target, 'attachments.get', { sha256 })).base64, 'base64');
      expect(back.equals(Buffer.from(original))).toBe(true);
    }
  });

  it('refuses a zip whose file does not match its SHA-256, or that lacks one, and imports nothing', async () => {
    const { document, bytes } = await journalWithAttachments();
    const files = unzipSync(cairnExportZip(document, bytes));
    const [damagedPath] = Object.keys(files).filter((name) => name.startsWith('attachments/'));
    const damaged = zipSync({ ...files, [damagedPath!]: strToU8('not the same bytes') });
    const target = open();
    expect(await failure(target, 'import.run', asImport(damaged))).toMatchObject({ code: 'VALIDATION', message: expect.stringMatching(/damaged copy of/) });
    const { [damagedPath!]: _, ...rest } = files;
    expect(await failure(target, 'import.run', asImport(zipSync(rest)))).toMatchObject({ code: 'VALIDATION', message: expect.stringMatching(/does not hold attachments\//) });
    expect(target.db.prepare('SELECT count(*) AS n FROM reflections').get()).toEqual({ n: 0 });
    expect(target.db.prepare('SELECT count(*) AS n FROM attachments').get()).toEqual({ n: 0 });
  });
});

describe('attachments in the Markdown export', () => {
  it('writes each file at attachments/<sha256>.<ext> beside the notes, its links rewritten relatively', async () => {
    const { document, bytes } = await journalWithAttachments();
    const folder = `cairn-${document.exportedAt.slice(0, 10)}`;
    const files = unzipSync(markdownZip(document, bytes));
    const photo = document.attachments.find((a) => a.mime === 'image/png')!;
    const other = document.attachments.find((a) => a.mime !== 'image/png')!;
    expect(Buffer.from(files[`${folder}/attachments/${photo.sha256}.png`]!).equals(PNG)).toBe(true);
    expect(Buffer.from(files[`${folder}/attachments/${other.sha256}.docx`]!).equals(BINARY)).toBe(true);
    const note = Object.entries(files).find(([name]) => name.includes('/reflections/') && name.includes('with-files'))!;
    const text = Buffer.from(note[1]).toString('utf8');
    expect(text).toContain(`![harbour \\[dawn\\].png](../attachments/${photo.sha256}.png)`);
    expect(text).toContain(`[notes.docx](../attachments/${other.sha256}.docx)`);
    expect(text).not.toContain('attachment:');
  });
});
