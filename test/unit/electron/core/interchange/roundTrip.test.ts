// Lossless export: a seeded journal exported to Cairn JSON and imported into an empty data folder is identical, row by row.
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../../../electron/core/core';
import { parseCairnExport } from '../../../../../shared/domain/interchange/cairnJson';
import { readFileSync } from 'node:fs';
import path from 'node:path';
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

const dayOne = () => ({
  source: 'day-one' as const,
  file: { name: 'Journal.json', base64: readFileSync(path.resolve(import.meta.dirname, '../../../../fixtures/import/day-one-journal.json')).toString('base64') },
});

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
    expect(preview.restores).toEqual({ values: 3, experiments: 2, strategyVersions: 2, prompts: 2, strategy: 'restored', alreadyImported: 0 });
    expect(await call(target, 'import.run', asFile(text))).toEqual({ imported: 5, updated: 0, skipped: 0 });

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
    expect(await call(target, 'import.run', asFile(text))).toEqual({ imported: 0, updated: 0, skipped: 5 });
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

    expect(await call(target, 'import.run', asFile(text))).toEqual({ imported: 5, updated: 0, skipped: 0 });
    expect((await call(target, 'reflections.list', {})).items.map((r) => r.id)).toContain(own.id);
    expect((await call(target, 'strategy.get', {})).aspiration).toBe('My own aspiration');
    expect(await call(target, 'settings.get', {})).toMatchObject({ 'backups.keep': 3, 'security.autoLockMinutes': 15 });
    expect((await call(target, 'prompts.list', { includeHidden: false })).map((prompt) => prompt.id)).toContain('builtin-energy-2');
  });

  it('keeps import fingerprints and the first-run state, so the original Day One file imported again adds nothing', async () => {
    const source = open();
    const { imported } = await call(source, 'import.run', dayOne());
    expect(imported).toBeGreaterThan(0);
    await call(source, 'settings.set', { key: 'firstRun', value: { state: 'skipped', step: 2 } });
    const text = await exportText(source);

    const target = open();
    expect(await call(target, 'import.run', asFile(text))).toEqual({ imported, updated: 0, skipped: 0 });
    expect(journalRows(target.db).import_fingerprints).toEqual(journalRows(source.db).import_fingerprints);
    expect((await call(target, 'settings.get', {})).firstRun).toEqual({ state: 'skipped', step: 2 });
    expect(await call(target, 'import.run', dayOne())).toEqual({ imported: 0, updated: 0, skipped: imported });
  });

  it('adds no duplicates to a journal that imported the same Day One file itself', async () => {
    const source = open();
    const { imported } = await call(source, 'import.run', dayOne());
    const text = await exportText(source);
    const target = open();
    await call(target, 'import.run', dayOne());
    const before = (await call(target, 'reflections.list', {})).items.length;
    const preview = await call(target, 'import.preview', asFile(text));
    expect(preview).toMatchObject({ newEntries: 0, duplicateEntries: imported, restores: { alreadyImported: imported } });
    expect(await call(target, 'import.run', asFile(text))).toEqual({ imported: 0, updated: 0, skipped: imported });
    expect((await call(target, 'reflections.list', {})).items).toHaveLength(before);
  });

  it('restores the working strategy into a journal holding only defaults, and otherwise keeps it unless asked to replace it', async () => {
    const source = open();
    await seedJournal(source);
    const text = await exportText(source);
    const sourceStrategy = await call(source, 'strategy.get', {});

    // A journal whose first run was skipped, with an entry written since: in use, but its strategy holds nothing.
    const skipped = open();
    await call(skipped, 'settings.set', { key: 'firstRun', value: { state: 'skipped', step: 0 } });
    await call(skipped, 'reflections.create', { entryDate: '2025-01-01', title: 'Written after skipping' });
    await call(skipped, 'strategy.save', { aspiration: '' });
    expect((await call(skipped, 'import.preview', asFile(text))).restores?.strategy).toBe('restored');
    await call(skipped, 'import.run', asFile(text));
    expect(await call(skipped, 'strategy.get', {})).toMatchObject({ aspiration: sourceStrategy.aspiration, layout: sourceStrategy.layout });

    const mine = open();
    await call(mine, 'strategy.save', { aspiration: 'My own aspiration' });
    expect((await call(mine, 'import.preview', asFile(text))).restores?.strategy).toBe('kept');
    await call(mine, 'import.run', asFile(text));
    expect((await call(mine, 'strategy.get', {})).aspiration).toBe('My own aspiration');
    const replacing = open();
    await call(replacing, 'strategy.save', { aspiration: 'Replace me' });
    await call(replacing, 'import.run', { ...asFile(text), replaceStrategy: true });
    expect((await call(replacing, 'strategy.get', {})).aspiration).toBe(sourceStrategy.aspiration);
    expect((await call(replacing, 'import.preview', asFile(text))).restores?.strategy).toBe('same');
  });
});
