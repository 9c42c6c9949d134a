// Search finds anything as you type: the last word is a beginning ("pri" finds "priorities"), accents fold ("réu" finds
// "réunion"), a person's name finds their experiment, a version note finds its version; each result says what it is
// and opens it; snippets are plain text whose highlights cannot inject HTML; axe is clean in both themes.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { callApi } from './support/api';
import { expect, test } from './support/fixtures';

async function openSearch(page: Page, url: string) {
  await page.goto(url);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^Search/ }).click();
  await expect(page.getByLabel('Search everything')).toBeFocused();
}

const results = (page: Page) => page.getByRole('listbox', { name: 'Search results' });

async function seed(host: Parameters<typeof callApi>[0]) {
  await callApi(host, 'reflections.create', { entryDate: '2026-03-02', title: 'Monday', body: 'Set the team **priorities** for the quarter.' });
  await callApi(host, 'reflections.create', { entryDate: '2026-03-03', title: 'Bonjour', body: 'La réunion du comité a duré deux heures.' });
  const experiment = await callApi<{ id: string }>(host, 'experiments.create', { title: 'Coffee with designers', hypothesis: 'I would enjoy design research' });
  await callApi(host, 'experiments.people.create', { experimentId: experiment.id, name: 'Wilhelmina Osei', where: 'A meetup' });
  await callApi(host, 'strategy.save', { aspiration: 'Turning messy data into decisions people trust' });
  await callApi(host, 'strategy.snapshot', { changeNote: 'Dropped the management track after the sabbatical' });
}

test('finds a word from its first letters as they are typed, and opens the entry at the match', async ({ page, host }) => {
  await seed(host);
  await openSearch(page, host.url);
  await page.getByLabel('Search everything').pressSequentially('pri');
  const hit = results(page).getByRole('option');
  await expect(hit).toHaveCount(1);
  await expect(hit).toContainText('Reflection');
  await expect(hit.locator('.hit-title')).toHaveText('Monday');
  // Plain text: the Markdown's ** are gone, and the highlight covers the whole word found.
  await expect(hit.locator('.hit-snippet')).toHaveText('Set the team priorities for the quarter.');
  await expect(hit.locator('mark')).toHaveText('priorities');
  await page.getByLabel('Search everything').press('Enter');
  await expect(page.getByLabel('Title')).toHaveValue('Monday');
});

test('folds accents: "réu" and "reu" both find "réunion"', async ({ page, host }) => {
  await seed(host);
  await openSearch(page, host.url);
  for (const typed of ['réu', 'reu']) {
    await page.getByLabel('Search everything').fill('');
    await page.getByLabel('Search everything').pressSequentially(typed);
    await expect(results(page).getByRole('option')).toHaveCount(1);
    await expect(results(page).locator('mark')).toHaveText('réunion');
  }
});

test("a person's name finds the person and their experiment, which opens", async ({ page, host }) => {
  await seed(host);
  await openSearch(page, host.url);
  await page.getByLabel('Search everything').pressSequentially('wilhelmina');
  const options = results(page).getByRole('option');
  await expect(options).toHaveCount(2);
  const experiment = options.filter({ hasText: 'Experiment' });
  await expect(experiment.locator('.hit-title')).toHaveText('Coffee with designers');
  await expect(options.filter({ hasText: 'Person' }).locator('.hit-title')).toHaveText('Wilhelmina Osei');
  await experiment.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Experiments' })).toBeVisible();
  await expect(page.getByRole('form', { name: 'Experiment details' })).toBeVisible();
  await expect(page.getByRole('form', { name: 'Experiment details' }).getByLabel('Title')).toHaveValue('Coffee with designers');
});

test('a word only in a version note finds that version, which opens on the timeline', async ({ page, host }) => {
  await seed(host);
  // With two versions the timeline has something to compare the found one with.
  await callApi(host, 'strategy.save', { aspiration: 'Turning messy data into decisions people trust, and teaching it' });
  await callApi(host, 'strategy.snapshot', { changeNote: 'Teaching belongs in it' });
  await openSearch(page, host.url);
  await page.getByLabel('Search everything').pressSequentially('sabbatical');
  const hit = results(page).getByRole('option');
  await expect(hit).toHaveCount(1);
  await expect(hit).toContainText('Version');
  await expect(hit.locator('mark')).toHaveText('sabbatical');
  await page.getByLabel('Search everything').press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();
  await expect(page.getByText('Dropped the management track after the sabbatical').first()).toBeVisible();
});

test('shows text that looks like HTML as text, never as markup', async ({ page, host }) => {
  await callApi(host, 'reflections.create', { entryDate: '2026-03-04', title: 'Odd', body: 'Pasted <img src=x onerror="document.title=1"> hostile snippet' });
  await openSearch(page, host.url);
  await page.getByLabel('Search everything').pressSequentially('hostile');
  const hit = results(page).getByRole('option');
  await expect(hit.locator('.hit-snippet')).toContainText('<img src=x onerror="document.title=1">');
  await expect(hit.locator('img')).toHaveCount(0);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`search results of every kind have no serious axe violations (${colorScheme})`, async ({ page, host }, testInfo) => {
    await seed(host);
    await page.emulateMedia({ colorScheme });
    await openSearch(page, host.url);
    await page.getByLabel('Search everything').pressSequentially('d');
    await expect(results(page).getByRole('option').first()).toBeVisible();
    for (const size of [{ width: 1280, height: 800 }, { width: 720, height: 520 }]) {
      await page.setViewportSize(size);
      await page.screenshot({ path: testInfo.outputPath(`search-${colorScheme}-${size.width}.png`) });
      const scan = await new AxeBuilder({ page }).analyze();
      const blocking = scan.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(blocking.map((v) => `${size.width}px: ${v.id} — ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
    }
  });
}
