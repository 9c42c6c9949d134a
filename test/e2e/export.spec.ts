// Export and import from Settings in browser mode: JSON and Markdown downloads, the brief, a Day One import twice.
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { callApi } from './support/api';
import { expect, test } from './support/fixtures';
import type { HostProcess } from './support/host';

const dayOneFixture = path.resolve(import.meta.dirname, '../fixtures/import/day-one-journal.json');

async function seed(host: HostProcess): Promise<void> {
  const teaching = await callApi<{ id: string }>(host, 'values.create', { label: 'Teaching people to fish', description: 'Helping others grow', colour: '#3d6b4f' });
  const building = await callApi<{ id: string }>(host, 'values.create', { label: 'Building useful tools', description: 'Things people use every day', colour: '#b5651d' });
  const craft = await callApi<{ id: string }>(host, 'values.create', { label: 'Working with my hands', description: 'Wood, clay, repair', colour: '#5a6fb0' });
  const experiment = await callApi<{ id: string }>(host, 'experiments.create', {
    title: 'Teach a workshop at the library',
    kind: 'side_project',
    status: 'concluded',
    successCriteria: 'At least eight people come',
    stopCriteria: 'Nobody signs up',
    actualStart: '2026-01-10',
    actualEnd: '2026-02-14',
    outcome: 'Twelve people came; four asked for a second session.',
    learning: 'Preparing the material was as energising as teaching it.',
    valueIds: [teaching.id],
  });
  await callApi(host, 'reflections.create', {
    entryDate: '2026-02-14',
    title: 'The workshop went well',
    body: 'Explaining version control with paper cups worked. People laughed and learned.',
    tags: ['teaching'],
    valueIds: [teaching.id, building.id],
    experimentIds: [experiment.id],
    energy: 5,
  });
  await callApi(host, 'reflections.create', { entryDate: '2026-02-20', title: 'Fixed the radio', body: 'An afternoon with a soldering iron.', valueIds: [craft.id] });
  await callApi(host, 'strategy.save', {
    aspiration: 'Helping people build tools they are proud of',
    strengths: 'Patient explaining; turning a mess into steps.',
    impact: 'Teams that ship with confidence.',
    layout: {
      version: 1,
      width: 600,
      height: 400,
      circles: [
        { valueId: teaching.id, x: 240, y: 160, r: 120 },
        { valueId: building.id, x: 360, y: 160, r: 120 },
        { valueId: craft.id, x: 300, y: 265, r: 120 },
      ],
      shown: [teaching.id, building.id, craft.id],
    },
  });
  await callApi(host, 'strategy.snapshot', { changeNote: 'After the library workshop: teaching moves to the centre' });
}

async function openSettings(page: Page, host: HostProcess): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(host.url);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^Settings/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
}

test('exports JSON and Markdown downloads, opens the brief, and passes axe in both themes', async ({ page, host }) => {
  await seed(host);
  await openSettings(page, host);
  const exportCard = page.locator('section.card', { has: page.getByRole('heading', { name: 'Export' }) });

  const jsonDownload = page.waitForEvent('download');
  await exportCard.getByRole('button', { name: 'Export JSON' }).click();
  const json = await jsonDownload;
  expect(json.suggestedFilename()).toMatch(/^cairn-\d{4}-\d{2}-\d{2}\.json$/);
  const document = JSON.parse(fs.readFileSync(await json.path(), 'utf8')) as { formatVersion: number; reflections: { title: string }[]; strategyVersions: unknown[] };
  expect(document.formatVersion).toBe(1);
  expect(document.reflections.map((reflection) => reflection.title).sort()).toEqual(['Fixed the radio', 'The workshop went well']);
  expect(document.strategyVersions).toHaveLength(1);
  await expect(exportCard.getByRole('status')).toContainText('Saved 2 reflections');

  const markdownDownload = page.waitForEvent('download');
  await exportCard.getByRole('button', { name: 'Export Markdown' }).click();
  const markdown = await markdownDownload;
  const files = unzipSync(new Uint8Array(fs.readFileSync(await markdown.path())));
  const names = Object.keys(files);
  expect(names.some((name) => name.endsWith('/strategy.md'))).toBe(true);
  const workshop = names.find((name) => name.includes('reflections/2026-02-14-the-workshop-went-well'));
  expect(strFromU8(files[workshop!]!)).toMatch(/^---\ndate: 2026-02-14\n[\s\S]*values:\n(?: {2}- .*\n)* {2}- Teaching people to fish/);
  expect(names.some((name) => name.includes('experiments/teach-a-workshop-at-the-library'))).toBe(true);

  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const results = await new AxeBuilder({ page }).analyze();
    const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(blocking.map((v) => `${colorScheme}: ${v.id} — ${v.help}`)).toEqual([]);
    await exportCard.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `/tmp/export-settings-${colorScheme}.png` });
  }

  await page.emulateMedia({ colorScheme: 'light' });
  await exportCard.getByRole('button', { name: 'Open brief' }).click();
  const brief = page.getByRole('dialog', { name: 'Helping people build tools they are proud of' });
  await expect(brief).toBeVisible();
  await expect(brief.getByRole('img', { name: /Venn diagram of 3 values/ })).toBeVisible();
  await expect(brief.getByText('After the library workshop: teaching moves to the centre')).toBeVisible();
  await page.screenshot({ path: '/tmp/export-brief-light.png' });
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: '/tmp/export-brief-print.png', fullPage: true });
  await page.emulateMedia({ media: 'screen', colorScheme: 'dark' });
  await page.screenshot({ path: '/tmp/export-brief-dark.png' });
  await page.keyboard.press('Escape');
  await expect(brief).toBeHidden();
});

test('imports a Day One file after a preview, and adds nothing the second time', async ({ page, host }) => {
  await openSettings(page, host);
  const importCard = page.locator('section.card', { has: page.getByRole('heading', { name: 'Import' }) });
  await importCard.getByLabel('Day One export (.zip or .json)').check();

  await importCard.getByLabel('File to import').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"entries": [') });
  await expect(importCard.getByRole('alert')).toContainText(/nothing was imported/i);

  await importCard.getByLabel('File to import').setInputFiles(dayOneFixture);
  await expect(importCard.getByText('Before anything is written')).toBeVisible();
  await expect(importCard.getByText(/problem.* found/)).toBeVisible();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const results = await new AxeBuilder({ page }).analyze();
    const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(blocking.map((v) => `${colorScheme}: ${v.id} — ${v.help}`)).toEqual([]);
    await importCard.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `/tmp/export-import-preview-${colorScheme}.png` });
  }
  await importCard.getByRole('button', { name: 'Import 2 entries' }).click();
  await expect(importCard.getByRole('status')).toHaveText('Imported 2 entries.');
  // After the import, what it did not bring stays said: the data left out and the entries skipped, with why.
  const afterImport = importCard.locator('.import-result');
  await expect(afterImport.getByRole('heading', { name: 'After the import' })).toBeVisible();
  await expect(afterImport.getByText(/2 photos/)).toBeVisible();
  await expect(afterImport.getByText(/problem.* found/)).toBeVisible();
  await importCard.scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/export-import-after.png' });

  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^Journal/ }).click();
  await expect(page.getByText('Coffee with Priya.')).toBeVisible();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^Settings/ }).click();
  await importCard.getByLabel('Day One export (.zip or .json)').check();
  await importCard.getByLabel('File to import').setInputFiles(dayOneFixture);
  await expect(importCard.getByText('Everything in it is already in the journal.')).toBeVisible();
  await expect(importCard.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
  const page1 = await callApi<{ items: unknown[] }>(host, 'reflections.list', {});
  expect(page1.items).toHaveLength(2);

  // A newer export of the same journal: the edited entry is updated, its earlier text kept in its history.
  const newer = JSON.parse(fs.readFileSync(dayOneFixture, 'utf8')) as { entries: Array<{ text: string; modifiedDate?: string }> };
  newer.entries[0]!.text = newer.entries[0]!.text.replace('decisions\\!', 'decisions, and wants a teacher\\!');
  newer.entries[0]!.modifiedDate = '2024-04-01T10:00:00Z';
  await importCard.getByLabel('File to import').setInputFiles({ name: 'Journal.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(newer)) });
  await expect(importCard.getByText('1 entry changed in the file will be updated')).toBeVisible();
  await expect(importCard.getByText(/2 photos — Cairn does not keep these yet/)).toBeVisible();
  await importCard.scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/export-import-update.png' });
  await importCard.getByRole('button', { name: 'Update 1 entry' }).click();
  await expect(importCard.getByRole('status')).toContainText('Imported 0 entries, updated 1.');
  await expect(importCard.locator('.import-result').getByText('1 already in the journal')).toBeVisible();
  const after = await callApi<{ items: Array<{ id: string; body: string }> }>(host, 'reflections.list', {});
  expect(after.items).toHaveLength(2);
  const coffee = after.items.find((item) => item.body.includes('wants a teacher'));
  expect(coffee).toBeDefined();
  const history = await callApi<Array<{ body: string }>>(host, 'reflections.history', { id: coffee!.id });
  expect(history.at(-1)?.body).not.toContain('wants a teacher');
});

test('a Cairn export says the journal keeps its own working strategy, and replaces it only when asked', async ({ page, host }) => {
  await seed(host);
  const { document } = await callApi<{ document: unknown }>(host, 'export.journal', {});
  await callApi(host, 'strategy.save', { aspiration: 'An aspiration written since the export' });
  await openSettings(page, host);
  const importCard = page.locator('section.card', { has: page.getByRole('heading', { name: 'Import' }) });
  await importCard.getByLabel(/Cairn export/).check();
  await importCard.getByLabel('File to import').setInputFiles({ name: 'cairn-export.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(document)) });
  await expect(importCard.getByText('The journal’s own is kept; the file’s is different')).toBeVisible();
  await expect(importCard.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
  await importCard.getByLabel(/Replace the journal’s working strategy/).check();
  const importButton = importCard.getByRole('button', { name: 'Import', exact: true });
  await expect(importCard.getByText('Replaced by the file’s')).toBeVisible();
  await importCard.scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/import-strategy-choice.png' });
  await importButton.click();
  await expect(importCard.getByRole('status')).toContainText('Imported');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^Strategy/ }).click();
  await expect(page.getByText('Helping people build tools they are proud of').first()).toBeVisible();
  expect((await callApi<{ aspiration: string }>(host, 'strategy.get', {})).aspiration).toBe('Helping people build tools they are proud of');
});
