// Every view shows the truth without a reload: the core's change feed reaches each view, in this tab and in another.
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { callApi } from './support/api';
import type { HostProcess } from './support/host';
import { expect, test } from './support/fixtures';

const dayOneFixture = path.resolve(import.meta.dirname, '../fixtures/import/day-one-journal.json');
const nav = (page: Page, view: RegExp) => page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: view });
const entryList = (page: Page) => page.getByRole('list', { name: 'Reflections, newest first' });

test.describe('after the first run', () => {
  test.use({ firstRunDone: false });

  test('the Journal lists the first-run reflection and a new entry offers the values, without a reload', async ({ page, host }) => {
    await page.goto(host.url);
    await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Cairn' })).toBeVisible();
    await page.getByRole('button', { name: 'Begin', exact: true }).click();
    await page.getByLabel('The work you find most gratifying').fill('Helping small teams learn by building tools together');
    await page.getByRole('button', { name: 'Continue' }).click();
    for (const label of ['Teaching', 'Building tools', 'Listening']) {
      await page.getByLabel('New value, as a verb').fill(label);
      await page.getByRole('button', { name: 'Add value' }).click();
    }
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByLabel('Your reflection').fill('Explaining the build pipeline to the new starter was the best hour of the week.');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByLabel('What this version is').fill('Where I am starting from.');
    await page.getByRole('button', { name: 'Save version and finish' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Strategy' })).toBeVisible();

    await nav(page, /^Journal/).click();
    await expect(page.getByText('Your first stone')).toHaveCount(0);
    await expect(entryList(page)).toContainText('Explaining the build pipeline');
    await page.getByRole('button', { name: 'New reflection' }).first().click();
    const chips = page.getByRole('list', { name: 'Values expressed' });
    for (const label of ['Teaching', 'Building tools', 'Listening']) {
      await expect(chips.getByRole('button', { name: label, exact: true })).toBeVisible();
    }
  });
});

/** A second tab on the same journal: the browser host streams every change to both. */
async function secondTab(page: Page, host: HostProcess): Promise<Page> {
  const other = await page.context().newPage();
  await other.goto(host.url);
  await expect(other.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible();
  return other;
}

test('an edit in one view appears in every other view, here and in another tab', async ({ page, host }) => {
  const teaching = await callApi<{ id: string }>(host, 'values.create', { label: 'Teaching' });
  await callApi(host, 'strategy.save', { aspiration: 'Helping teams learn' });
  await callApi(host, 'strategy.snapshot', { changeNote: 'Where I start' });
  const entry = await callApi<{ id: string }>(host, 'reflections.create', { entryDate: '2026-11-03', title: 'Office hours', body: 'Two people came.' });

  await page.goto(host.url);
  await entryList(page).getByRole('button', { name: /Office hours/ }).click();
  await expect(page.getByRole('button', { name: 'Teaching', exact: true })).toHaveAttribute('aria-pressed', 'false');
  const other = await secondTab(page, host);

  // A value added in the other tab's Strategy view is offered by the entry open here.
  await nav(other, /^Strategy/).click();
  await other.getByLabel('New value, as a verb').fill('Mentoring');
  await other.getByRole('button', { name: 'Add value' }).click();
  await expect(page.getByRole('list', { name: 'Values expressed' }).getByRole('button', { name: 'Mentoring', exact: true })).toBeVisible();

  // Linking the entry to a value elsewhere shows on the open entry; a title typed there shows in this tab's list.
  await callApi(host, 'strategy.linkReflection', { reflectionId: entry.id, region: [teaching.id], shown: [teaching.id] });
  await expect(page.getByRole('button', { name: 'Teaching', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await nav(other, /^Journal/).click();
  await entryList(other).getByRole('button', { name: /Office hours/ }).click();
  await other.getByLabel('Title').fill('Office hours, week two');
  await expect(entryList(page)).toContainText('Office hours, week two');

  // The check-in's note on what changed follows the aspiration as it is typed, in this tab.
  await nav(page, /^Strategy/).click();
  await page.getByLabel('The work you find most gratifying').fill('Helping teams learn by teaching in the open');
  await page.getByRole('button', { name: 'Save a version' }).click();
  const checkIn = page.getByRole('dialog', { name: 'Save a version' });
  await expect(checkIn).toContainText('Changed since the last version: your aspiration');
  await checkIn.getByRole('button', { name: 'Cancel' }).click();
  await other.close();
});

test('an import and a restore appear in every view and tab without a reload', async ({ page, host }) => {
  await callApi(host, 'reflections.create', { entryDate: '2026-11-03', title: 'Before the import', body: 'Kept.' });
  await callApi(host, 'backups.create', {});
  await page.goto(host.url);
  await expect(entryList(page)).toContainText('Before the import');
  const other = await secondTab(page, host);
  await nav(other, /^Search/).click();
  await other.getByLabel('Search everything').fill('Priya');
  await expect(other.getByRole('listbox', { name: 'Search results' }).getByRole('option')).toHaveCount(0);

  await nav(page, /^Settings/).click();
  const importCard = page.locator('section.card', { has: page.getByRole('heading', { name: 'Import' }) });
  await importCard.getByLabel('Day One export (.zip or .json)').check();
  await importCard.getByLabel('File to import').setInputFiles(dayOneFixture);
  await importCard.getByRole('button', { name: 'Import 2 entries' }).click();
  await expect(importCard.getByRole('status')).toHaveText('Imported 2 entries.');
  await expect(other.getByRole('listbox', { name: 'Search results' }).getByRole('option')).toHaveCount(1);
  await nav(page, /^Journal/).click();
  await expect(entryList(page)).toContainText('Coffee with Priya.');

  await nav(other, /^Settings/).click();
  const backups = other.locator('section.card', { has: other.getByRole('heading', { name: 'Backups' }) });
  await backups.getByRole('listitem').filter({ hasText: 'Made by you' }).getByRole('button', { name: 'Restore…' }).click();
  await other.getByRole('dialog', { name: /^Restore the backup from / }).getByRole('button', { name: 'Restore' }).click();
  await expect(entryList(page)).not.toContainText('Coffee with Priya.');
  await expect(entryList(page)).toContainText('Before the import');
  await other.close();
});

test('concluding with its learning saves the version in the same step, and the check-in bar counts it at once', async ({ page, host }) => {
  const created = await callApi<{ id: string }>(host, 'experiments.create', {
    title: 'Data meetups in town',
    successCriteria: 'Two people offer to introduce me',
    stopCriteria: 'Three evenings that drain me',
  });
  await callApi(host, 'experiments.update', { id: created.id, status: 'running', actualStart: '2026-11-02' });
  await page.goto(host.url);
  await nav(page, /^Strategy/).click();
  await expect(page.getByRole('button', { name: 'Save a version' })).toBeVisible();

  await nav(page, /^Experiments/).click();
  await page.getByRole('article', { name: 'Data meetups in town' }).getByRole('button', { name: 'Data meetups in town', exact: true }).click();
  await page.getByRole('button', { name: 'Conclude…' }).click();
  const conclude = page.getByRole('dialog', { name: /Conclude/ });
  await conclude.getByLabel('Outcome: what happened?').fill('Met five people; two offered intros');
  await conclude.getByLabel('Learning: what does it change in your strategy?').fill('Teaching at meetups energises me');
  await conclude.getByLabel('Also save a version of my strategy with this learning as its note').check();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const results = await new AxeBuilder({ page }).include('dialog').analyze();
    const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(blocking.map((v) => `${colorScheme}: ${v.id} — ${v.help}`)).toEqual([]);
    await page.screenshot({ path: `/tmp/feed-conclude-${colorScheme}.png` });
  }
  await conclude.getByRole('button', { name: 'Conclude experiment' }).click();
  await expect(conclude).toBeHidden();
  await expect(page.getByText('saved a version of your strategy with its learning')).toBeAttached();

  await nav(page, /^Strategy/).click();
  await expect(page.locator('.check-in-bar')).toContainText('1 saved version');
  const versions = await callApi<{ items: { changeNote: string }[] }>(host, 'strategy.versions.list', {});
  expect(versions.items.map((version) => version.changeNote)).toEqual(['Teaching at meetups energises me']);
  expect(await callApi(host, 'experiments.get', { id: created.id })).toMatchObject({ status: 'concluded', learning: 'Teaching at meetups energises me' });
});

test('the open entry takes text saved in another tab, but keeps what is typed here and not yet saved', async ({ page, host }) => {
  const entry = await callApi<{ id: string }>(host, 'reflections.create', { entryDate: '2026-11-04', title: 'Pairing', body: 'First words.' });
  await page.goto(host.url);
  await entryList(page).getByRole('button', { name: /Pairing/ }).click();
  const here = page.getByLabel('Reflection', { exact: true });
  await expect(here).toHaveText('First words.');

  const other = await secondTab(page, host);
  await entryList(other).getByRole('button', { name: /Pairing/ }).click();
  const there = other.getByLabel('Reflection', { exact: true });
  await there.click();
  await other.keyboard.press('Control+End');
  await other.keyboard.type(' Written in the other tab.');
  await expect(here).toHaveText('First words. Written in the other tab.');
  await expect(page.getByRole('status')).toHaveText('Saved');

  // Saves from here are held back, so what is typed here stays unsaved while the other tab writes again.
  await page.route('**/api/reflections.update', (route) => route.abort('connectionrefused'));
  await here.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Mine.');
  await expect(page.getByRole('status')).toContainText('Not saved');
  await callApi(host, 'reflections.update', { id: entry.id, body: 'Overwritten elsewhere.' });
  await expect(there).toHaveText('Overwritten elsewhere.');
  await expect(here).toHaveText('First words. Written in the other tab. Mine.');

  // Once saves go through again, the text typed here is what the journal keeps.
  await page.unroute('**/api/reflections.update');
  await expect(page.getByRole('status')).toHaveText('Saved', { timeout: 10_000 });
  await expect.poll(async () => (await callApi<{ body: string }>(host, 'reflections.get', { id: entry.id })).body).toBe(
    'First words. Written in the other tab. Mine.',
  );
  await expect(there).toHaveText('First words. Written in the other tab. Mine.');
  await other.close();
});

test('the aspiration typed in another tab appears in this tab’s Strategy view, and text typed here is kept', async ({ page, host }) => {
  await callApi(host, 'strategy.save', { aspiration: 'Helping teams learn', impact: 'Fewer surprises' });
  await page.goto(host.url);
  await nav(page, /^Strategy/).click();
  const aspiration = page.getByLabel('The work you find most gratifying');
  await expect(aspiration).toHaveValue('Helping teams learn');

  const other = await secondTab(page, host);
  await nav(other, /^Strategy/).click();
  await other.getByLabel('The work you find most gratifying').fill('Helping teams learn in the open');
  await expect(aspiration).toHaveValue('Helping teams learn in the open');

  // Typing here while the other tab saves its impact: this tab keeps its words and shows the other's.
  await aspiration.fill('Helping teams learn in the open, by building tools');
  await other.getByLabel('Impact it has').fill('Fewer surprises, faster starts');
  await expect(page.getByLabel('Impact it has')).toHaveValue('Fewer surprises, faster starts');
  await expect(aspiration).toHaveValue('Helping teams learn in the open, by building tools');
  await expect.poll(async () => (await callApi<{ aspiration: string }>(host, 'strategy.get')).aspiration).toBe(
    'Helping teams learn in the open, by building tools',
  );
  await other.close();
});

test('a number setting saved elsewhere appears in the open Settings view, and a number typed here is kept', async ({ page, host }) => {
  await page.goto(host.url);
  await nav(page, /^Settings/).click();
  const keep = page.getByLabel(/^Keep/);
  const days = page.getByLabel(/^Suggest a check-in after/);
  await expect(keep).toHaveValue('7');

  await callApi(host, 'settings.set', { key: 'backups.keep', value: 12 });
  await expect(keep).toHaveValue('12');

  // Typed here and not a valid number yet: a change from elsewhere does not replace it.
  await days.fill('0');
  await expect(page.getByText('Choose between 1 and 365 days.')).toBeVisible();
  await callApi(host, 'settings.set', { key: 'backups.keep', value: 9 });
  await expect(keep).toHaveValue('9');
  await expect(days).toHaveValue('0');
});

test('a theme chosen in another tab is the one checked here, and a new reflection joins the recent ones on Strategy', async ({ page, host }) => {
  await callApi(host, 'values.create', { label: 'Teaching' });
  await callApi(host, 'reflections.create', { entryDate: '2030-01-01', title: 'Written before', body: 'Hello' });
  await page.goto(host.url);
  await nav(page, /^Settings/).click();
  const appearance = page.getByRole('group', { name: 'Theme' });
  await expect(appearance.getByRole('radio', { name: 'Same as this computer' })).toBeChecked();

  const other = await secondTab(page, host);
  await nav(other, /^Settings/).click();
  await other.getByRole('group', { name: 'Theme' }).getByRole('radio', { name: 'Dark' }).check();
  await expect(appearance.getByRole('radio', { name: 'Dark' })).toBeChecked();
  await other.close();

  await nav(page, /^Strategy/).click();
  const recent = page.getByRole('region', { name: 'Recent reflections' });
  await expect(recent).toContainText('Written before');
  await callApi(host, 'reflections.create', { entryDate: '2030-01-02', title: 'Written while Strategy was open', body: 'Hello' });
  await expect(recent).toContainText('Written while Strategy was open');
});
