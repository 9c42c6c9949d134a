// Characters stay whole from import to export: a tag is never cut inside an emoji, half a surrogate pair is refused
// naming its entry, and whatever the write path accepted at its limits exports as JSON and Markdown.
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../../../electron/core/core';
import { cairnExportSchema } from '../../../../../shared/domain/interchange/cairnJson';
import { markdownExport } from '../../../../../shared/domain/interchange/markdownExport';
import { call, failure, startCore } from '../coreFixture';

let core: Core;
afterEach(() => core?.close());

const dayOneFile = (json: string) => ({ source: 'day-one' as const, file: { name: 'Journal.json', base64: Buffer.from(json).toString('base64') } });
const dayOneEntry = (fields: Record<string, unknown>) => ({ uuid: '0F3C2A9B8E1D4C5FA1B2C3D4E5F60718', creationDate: '2024-03-01T09:00:00Z', text: 'Hello', ...fields });
const FAMILY = '👩‍👩‍👧‍👦';

async function exportsWhole(): Promise<void> {
  // The core checks its own output against the export schema: an export that breaks it fails right here.
  const { document } = await call(core, 'export.journal', {});
  expect(cairnExportSchema.safeParse(JSON.parse(JSON.stringify(document))).error?.issues ?? []).toEqual([]);
  expect(markdownExport(document).length).toBeGreaterThan(0);
}

describe('whole characters', () => {
  it('keeps a 59-letter tag followed by an emoji whole, cuts a longer one between characters, and still exports', async () => {
    core = startCore();
    const fits = `${'a'.repeat(59)}😀`;
    const tooLong = `${'b'.repeat(60)}😀`;
    const json = JSON.stringify({ metadata: { version: '1.0' }, entries: [dayOneEntry({ tags: [fits, tooLong] })] });
    expect(await call(core, 'import.run', dayOneFile(json))).toEqual({ imported: 1, updated: 0, skipped: 0 });
    const names = (await call(core, 'tags.list', {})).map((tag) => tag.name).sort();
    expect(names).toEqual([fits, 'b'.repeat(60)]);
    await exportsWhole();
  });

  it('refuses half of a surrogate pair in an imported entry, naming the entry, and imports nothing', async () => {
    core = startCore();
    const json = `{"metadata":{"version":"1.0"},"entries":[${JSON.stringify(dayOneEntry({ uuid: 'A1' }))},{"uuid":"B2","creationDate":"2024-03-02T09:00:00Z","text":"broken \\ud800 here"}]}`;
    const error = await failure(core, 'import.run', dayOneFile(json));
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toContain('entries[1].text');
    expect(error.message).toContain('2024-03-02T09:00:00Z');
    expect(error.message).toMatch(/broken character/);
    expect((await call(core, 'reflections.list', {})).items).toHaveLength(0);
  });

  it('reads escaped emoji pairs as the emoji they are', async () => {
    core = startCore();
    const json = '{"metadata":{"version":"1.0"},"entries":[{"uuid":"C3","creationDate":"2024-03-02T09:00:00Z","text":"smile \\ud83d\\ude00","tags":["\\ud83c\\udf31 growth"]}]}';
    expect(await call(core, 'import.run', dayOneFile(json))).toEqual({ imported: 1, updated: 0, skipped: 0 });
    expect((await call(core, 'reflections.list', {})).items[0]?.body).toBe('smile 😀');
  });

  it('counts limits in characters a person sees, refuses broken text everywhere it is typed, and exports text at every limit', async () => {
    core = startCore();
    // A tag's limit counts code points (see MAX_TAG_LENGTH): eight families of seven code points fit, nine do not.
    const tag = FAMILY.repeat(8);
    const reflection = await call(core, 'reflections.create', { entryDate: '2026-01-01', title: FAMILY.repeat(300), tags: [tag] });
    expect(reflection.tags).toEqual([tag]);
    expect((await failure(core, 'reflections.update', { id: reflection.id, tags: [FAMILY.repeat(9)] })).message).toMatch(/At most 60 characters/);
    expect((await failure(core, 'reflections.update', { id: reflection.id, title: FAMILY.repeat(301) })).message).toMatch(/At most 300 characters/);
    const value = await call(core, 'values.create', { label: '🌱'.repeat(120), description: '🌱'.repeat(4000) });
    const experiment = await call(core, 'experiments.create', { title: FAMILY.repeat(300) });
    await call(core, 'experiments.people.create', { experimentId: experiment.id, name: FAMILY.repeat(200) });
    await call(core, 'strategy.save', { aspiration: '✨'.repeat(1000) });
    await call(core, 'strategy.snapshot', { changeNote: '✨'.repeat(2000) });
    const broken: [string, unknown][] = [
      ['reflections.update', { id: reflection.id, title: 'half \ud83d' }],
      ['reflections.update', { id: reflection.id, body: 'half \udc00 pair' }],
      ['reflections.update', { id: reflection.id, tags: ['tag \ud800'] }],
      ['values.update', { id: value.id, label: '\ud800' }],
      ['experiments.update', { id: experiment.id, hypothesis: 'x \udfff' }],
    ];
    for (const [operation, input] of broken) {
      const error = await failure(core, operation as 'values.update', input);
      expect([operation, error.code, error.message]).toEqual([operation, 'VALIDATION', expect.stringMatching(/broken character/)]);
    }
    await exportsWhole();
  });
});
