// Insight: a quarter of rated reflections shows as a chart whose highest week lists exactly its entries, sentences name
// what gives energy, an edit elsewhere refreshes the figures, the keyboard alone reaches a week and opens an entry, and
// axe passes in both themes.
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { addDays, format, startOfISOWeek, subWeeks } from 'date-fns';
import { callApi } from './support/api';
import type { HostProcess } from './support/host';
import { expect, test } from './support/fixtures';

interface Created {
  id: string;
}

const PEAK_TITLES = ['Workshop on pipelines', 'Pairing with the new starter', 'Office hours ran over'];

/**
 * Twelve past weeks of rated reflections: Admin days at energy 2, ordinary days at 3, a few Teaching days at 4, and one
 * week (four weeks back) holding only three Teaching days at 5: the highest week, and Teaching the value that gives energy.
 */
async function seedQuarter(host: HostProcess): Promise<{ peakIds: string[]; peakWeek: string }> {
  const teaching = await callApi<Created>(host, 'values.create', { label: 'Teaching', colour: '#b4654a' });
  const admin = await callApi<Created>(host, 'values.create', { label: 'Admin', colour: '#4a6fb4' });
  await callApi(host, 'values.create', { label: 'Simplifying', colour: '#8a6bb4' });
  const thisWeek = startOfISOWeek(new Date());
  const day = (weeksBack: number, offset: number) => format(addDays(subWeeks(thisWeek, weeksBack), offset), 'yyyy-MM-dd');
  const create = (fields: Record<string, unknown>) => callApi<Created>(host, 'reflections.create', fields);
  const peakIds: string[] = [];
  for (let weeksBack = 1; weeksBack <= 12; weeksBack += 1) {
    if (weeksBack === 4) {
      for (const [index, title] of PEAK_TITLES.entries()) {
        peakIds.push((await create({ entryDate: day(4, index), title, energy: 5, engagement: 5, valueIds: [teaching.id], tags: ['teaching'] })).id);
      }
      continue;
    }
    await create({ entryDate: day(weeksBack, 0), title: `Expense reports, week ${weeksBack}`, energy: 2, engagement: 2, valueIds: [admin.id], tags: ['admin'] });
    await create({ entryDate: day(weeksBack, 2), title: `Planning, week ${weeksBack}`, energy: 3, engagement: 3 });
    if (weeksBack % 2 === 0) {
      await create({ entryDate: day(weeksBack, 3), title: `Mentoring, week ${weeksBack}`, energy: 4, engagement: 4, valueIds: [teaching.id] });
    }
  }
  return { peakIds, peakWeek: day(4, 0) };
}

async function openInsight(page: Page, url: string) {
  await page.goto(url);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^Insight/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Insight' })).toBeVisible();
}

function weekColumns(page: Page): Locator {
  return page.getByRole('group', { name: /Mean energy and engagement per week/ }).getByRole('button');
}

/** The column whose label names the highest mean energy. */
async function highestWeek(page: Page): Promise<Locator> {
  const columns = weekColumns(page);
  await expect(columns).toHaveCount(13);
  const labels = await columns.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('aria-label') ?? ''));
  const energies = labels.map((label) => Number(/energy (\d\.\d)/.exec(label)?.[1] ?? 0));
  return columns.nth(energies.indexOf(Math.max(...energies)));
}

test('the energy chart’s highest week lists exactly its reflections, and a sentence names the value that gives energy', async ({ page, host }) => {
  const { peakIds } = await seedQuarter(host);
  await openInsight(page, host.url);

  const peak = await highestWeek(page);
  await expect(peak).toHaveAccessibleName(/: 3 reflections; energy 5\.0 \(3 rated\), engagement 5\.0 \(3 rated\)$/);
  await peak.click();
  const counted = page.getByRole('list', { name: 'Reflections counted' }).getByRole('button');
  await expect(counted).toHaveCount(3);
  await expect(counted).toHaveText(PEAK_TITLES.toReversed().map((title) => new RegExp(title)));

  const gives = page.getByRole('list', { name: 'Gives' });
  const teachingEnergy = gives.getByRole('button', { name: /^Days with Teaching average energy/ });
  await expect(teachingEnergy).toHaveText('Days with Teaching average energy 4.4, against 2.5 on other days (8 entries).');
  await expect(page.getByRole('list', { name: 'Drains' })).toContainText('Days with Admin average energy 2.0, against 3.6 on other days (11 entries).');
  await teachingEnergy.click();
  await expect(counted).toHaveCount(8);

  const values = page.getByRole('list', { name: 'Values of your strategy' });
  await expect(values).toContainText('Teaching: expressed in 8 reflections, in 6 of 13 weeks.');
  await expect(values).toContainText('Simplifying: named in your strategy, not expressed in any reflection or experiment in these weeks.');

  // A rating changed elsewhere (another tab, another view) refreshes the figures and the list open below them.
  await peak.click();
  await callApi(host, 'reflections.update', { id: peakIds[0], energy: 2 });
  await expect(peak).toHaveAccessibleName(/energy 4\.0 \(3 rated\)/);
  await expect(counted.filter({ hasText: PEAK_TITLES[0] })).toContainText('Energy 2');

  await page.getByRole('button', { name: 'Show as a table' }).click();
  const table = page.getByRole('table', { name: 'Energy and engagement per week' });
  await expect(table.getByRole('row')).toHaveCount(14);
  await page.getByRole('button', { name: 'Months' }).click();
  await expect(page.getByRole('group', { name: /Mean energy and engagement per month/ }).getByRole('button')).toHaveCount(12);
});

test('the keyboard alone reaches a week, opens its list and opens an entry from it', async ({ page, host }) => {
  await seedQuarter(host);
  await openInsight(page, host.url);
  await expect(weekColumns(page)).toHaveCount(13);
  // From the window's first control, Tab reaches the oldest week (Later is disabled in the window ending today).
  await page.getByRole('button', { name: '← Earlier' }).focus();
  await page.keyboard.press('Tab');
  const oldest = weekColumns(page).first();
  await expect(oldest).toBeFocused();
  await expect(oldest).toHaveAccessibleName(/^Week of .*: 3 reflections;/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: /^Week of .*: 3 reflections$/ })).toBeFocused();
  const counted = page.getByRole('list', { name: 'Reflections counted' }).getByRole('button');
  await expect(counted).toHaveCount(3);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Close the list' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(counted.first()).toBeFocused();
  const title = ((await counted.first().locator('.insight-entry-title').textContent()) ?? '').trim();
  expect(title).toMatch(/week 12$/);
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Title')).toHaveValue(title);
});

test('with nothing rated, Insight says how to rate', async ({ page, host }) => {
  await callApi(host, 'reflections.create', { entryDate: format(subWeeks(new Date(), 1), 'yyyy-MM-dd'), title: 'Not rated' });
  await openInsight(page, host.url);
  await expect(page.getByRole('heading', { name: 'Nothing rated in these weeks yet' })).toBeVisible();
  await expect(page.getByText(/choose its Energy and Engagement, from 1 to 5/)).toBeVisible();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`Insight, with a week's list open and the table shown, passes axe (${colorScheme})`, async ({ page, host }) => {
    await seedQuarter(host);
    await page.emulateMedia({ colorScheme });
    await openInsight(page, host.url);
    await (await highestWeek(page)).click();
    await expect(page.getByRole('list', { name: 'Reflections counted' }).getByRole('button')).toHaveCount(3);
    await page.getByRole('button', { name: 'Show as a table' }).click();
    const results = await new AxeBuilder({ page }).analyze();
    const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(blocking.map((v) => `${v.id} — ${v.help}: ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('a value lived in an experiment counts beside the reflections, and the experiment opens from Insight', async ({ page, host }) => {
  const building = await callApi<Created>(host, 'values.create', { label: 'Building' });
  const criteria = { successCriteria: 'A finished chair', stopCriteria: 'Three wasted weekends' };
  const experiment = await callApi<Created>(host, 'experiments.create', { title: 'Weekend furniture build', kind: 'side_project', valueIds: [building.id], status: 'planned', ...criteria });
  const lastWeek = format(subWeeks(startOfISOWeek(new Date()), 1), 'yyyy-MM-dd');
  await callApi(host, 'experiments.update', { id: experiment.id, status: 'running', actualStart: lastWeek, energy: 5, engagement: 4 });
  await callApi(host, 'reflections.create', { entryDate: lastWeek, title: 'Sanding', energy: 4, engagement: 4 });
  await openInsight(page, host.url);
  const values = page.getByRole('list', { name: 'Values of your strategy' });
  await expect(values).toContainText(/Building: expressed in 1 experiment, in \d+ of 13 weeks\./);
  await expect(page.getByRole('list', { name: 'Rated experiments, highest energy first' })).toContainText('Weekend furniture buildenergy 5 · engagement 4');
  await values.getByRole('list', { name: 'Experiments testing Building' }).getByRole('button', { name: 'Weekend furniture build' }).click();
  await expect(page.getByRole('form', { name: 'Experiment details' })).toBeVisible();
});
