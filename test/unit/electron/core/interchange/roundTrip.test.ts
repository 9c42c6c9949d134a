// Lossless export: a seeded journal exported to Cairn JSON and imported into an empty data folder is identical, row by row.
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../../../electron/core/core';
import { parseCairnExport } from '../../../../../shared/domain/interchange/cairnJson';
import { call, startCore } from '../coreFixture';
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

async function exportText(core: Core): Promise<string> {
  const { document } = await call(core, 'export.journal', {});
  return JSON.stringify(document, null, 2);
}

function asFile(text: string) {
  return { source: 'cairn-json' as const, file: { name: 'cairn-export.json', base64: Buffer.from(text, 'utf8').toString('base64') } };
}

describe('Cairn JSON round trip', () => {
  it('reproduces every table of a seeded journal in an empty one: ids, timestamps and all', async () => {
    const source = open();
    await seedJournal(source);
    const text = await exportText(source);
    expect(() => parseCairnExport(JSON.parse(text))).not.toThrow();

    const target = open();
    const preview = await call(target, 'import.preview', asFile(text));
    expect(preview).toMatchObject({ source: 'cairn-json', totalEntries: 5, newEntries: 5, duplicateEntries: 0 });
    expect(preview.restores).toEqual({ values: 3, experiments: 2, strategyVersions: 2, prompts: 2 });
    expect(await call(target, 'import.run', asFile(text))).toEqual({ imported: 5, skipped: 0 });

    expect(journalTables(target.db)).toEqual(journalTables(source.db));
    const sourceRows = journalRows(source.db);
    const targetRows = journalRows(target.db);
    for (const table of journalTables(source.db)) expect({ table, rows: targetRows[table] }).toEqual({ table, rows: sourceRows[table] });
    expect(sourceRows.reflections).toHaveLength(5);
    expect(sourceRows.settings).toHaveLength(2);

    const again = JSON.parse(await exportText(target)) as Record<string, unknown>;
    expect({ ...again, exportedAt: null }).toEqual({ ...(JSON.parse(text) as object), exportedAt: null });
    expect((await call(target, 'search.query', { text: 'radio' })).items).toHaveLength(1);
  });

  it('adds nothing when the same export is imported twice', async () => {
    const source = open();
    await seedJournal(source);
    const text = await exportText(source);
    const target = open();
    await call(target, 'import.run', asFile(text));
    const before = journalRows(target.db);
    expect(await call(target, 'import.preview', asFile(text))).toMatchObject({
      newEntries: 0,
      duplicateEntries: 5,
      restores: { values: 0, experiments: 0, strategyVersions: 0, prompts: 0 },
    });
    expect(await call(target, 'import.run', asFile(text))).toEqual({ imported: 0, skipped: 5 });
    expect(journalRows(target.db)).toEqual(before);
  });

  it('into a journal in use, adds only what it lacks and keeps its own draft, prompt choices and settings', async () => {
    const source = open();
    await seedJournal(source);
    const text = await exportText(source);
    const target = open();
    const own = await call(target, 'reflections.create', { entryDate: '2025-01-01', title: 'Already here' });
    await call(target, 'strategy.save', { aspiration: 'My own aspiration' });
    await call(target, 'settings.set', { key: 'backups.keep', value: 3 });

    expect(await call(target, 'import.run', asFile(text))).toEqual({ imported: 5, skipped: 0 });
    expect((await call(target, 'reflections.list', {})).items.map((r) => r.id)).toContain(own.id);
    expect((await call(target, 'strategy.get', {})).aspiration).toBe('My own aspiration');
    expect(await call(target, 'settings.get', {})).toMatchObject({ 'backups.keep': 3, 'security.autoLockMinutes': 15 });
    expect((await call(target, 'prompts.list', { includeHidden: false })).map((prompt) => prompt.id)).toContain('builtin-energy-2');
  });
});
