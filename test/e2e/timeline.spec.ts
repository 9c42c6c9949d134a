// The strategy over time: saving a version, comparing two, the time-lapse, and the timeline's brush and keyboard travel.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { seedStrategyHistory } from './support/seedStrategy';

async function openTimeline(page: Page, url: string) {
  await page.goto(url);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^Timeline/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();
}

async function expectNoSeriousViolations(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(blocking.map((v) => `${where}: ${v.id} — ${v.help}`)).toEqual([]);
}

test('save a version with a note, compare it with the previous one, and step through the time-lapse', async ({ page, host }) => {
  const seeded = await seedStrategyHistory(host);
  await openTimeline(page, host.url);
  await page.getByRole('tab', { name: 'Compare versions' }).click();

  await page.getByRole('button', { name: 'Save a version' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save a version' });
  await dialog.getByRole('button', { name: 'Save version' }).click();
  await expect(dialog.getByRole('alert')).toContainText('what changed and why');
  await dialog.getByLabel('What changed, and why?').fill('Teaching is part of it; data is about decisions');
  await dialog.getByRole('button', { name: 'Save version' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(/Version saved on/)).toBeVisible();

  const aspiration = page.getByRole('region', { name: 'Aspiration' });
  await expect(aspiration.locator('ins')).toContainText(['and teach']);
  await expect(aspiration.locator('ins', { hasText: 'calmer' })).toBeVisible();
  const values = page.getByRole('region', { name: 'Values' });
  const renamed = values.getByRole('listitem').filter({ hasText: 'Renamed' });
  await expect(renamed.locator('del')).toHaveText('working with data');
  await expect(renamed.locator('ins')).toHaveText('turning data into decisions');
  await expect(page.getByRole('img', { name: /older version/ })).toHaveAccessibleName(/Values: .*working with data/);
  await expect(page.getByRole('img', { name: /newer version/ })).toHaveAccessibleName(/Values: .*turning data into decisions/);

  await page.getByRole('tab', { name: 'Time-lapse' }).click();
  await expect(page.getByText('Version 2 of 2')).toBeVisible();
  await expect(page.locator('.timelapse-note')).toHaveText('Teaching is part of it; data is about decisions');
  await page.getByRole('button', { name: 'Previous version' }).click();
  await expect(page.getByText('Version 1 of 2')).toBeVisible();
  await expect(page.locator('.timelapse-note')).toHaveText(seeded.firstNote);
  await expect(page.getByRole('img', { name: /version 1 of 2/ })).toHaveAccessibleName(/working with data/);
  await page.getByRole('slider', { name: 'Version' }).press('ArrowRight');
  await expect(page.getByText('Version 2 of 2')).toBeVisible();
});

test('brushing a period filters the list, and every timeline item is reachable by keyboard', async ({ page, host }) => {
  const seeded = await seedStrategyHistory(host);
  await openTimeline(page, host.url);
  const chart = page.getByRole('application', { name: 'Strategy timeline' });
  await expect(chart).toBeVisible();

  const brush = page.locator('.timeline-brush .overlay');
  const box = await brush.boundingBox();
  if (!box) throw new Error('the brush is not on screen');
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.55, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  const list = page.getByRole('region', { name: /–/ });
  await expect(list).toBeVisible();
  const summary = await list.getByRole('status').textContent();
  const brushed = Number(/(\d+) reflections?/.exec(summary ?? '')?.[1]);
  expect(brushed).toBeGreaterThan(0);
  expect(brushed).toBeLessThan(seeded.reflectionCount);
  const from = await page.getByLabel('From').inputValue();
  const to = await page.getByLabel('To').inputValue();
  const reflectionItems = list.getByRole('list', { name: 'Reflections in this period' }).getByRole('button');
  await expect(reflectionItems).toHaveCount(brushed);

  await page.getByRole('button', { name: 'Clear period' }).click();
  await expect(list).toBeHidden();
  expect(from < to).toBe(true);

  await chart.focus();
  await chart.press('Home');
  const detail = page.locator('.timeline-detail');
  const seen: string[] = [];
  for (let step = 0; step < 200; step += 1) {
    const text = (await detail.textContent()) ?? '';
    if (seen.at(-1) === text) break;
    seen.push(text);
    await chart.press('ArrowRight');
  }
  for (const title of seeded.experimentTitles) expect(seen.some((line) => line.includes(`“${title}”`))).toBe(true);
  expect(seen.filter((line) => line.startsWith('Strategy version'))).toHaveLength(1);
  const reflectionsReached = seen
    .map((line) => /^(\d+) reflections?/.exec(line)?.[1])
    .filter((count): count is string => count !== undefined)
    .reduce((sum, count) => sum + Number(count), 0);
  expect(reflectionsReached).toBe(seeded.reflectionCount);

  await chart.press('Home');
  await expect(detail).toHaveText(/^Strategy version|^\d+ reflections?|^Experiment/);
  await chart.press('+');
  await chart.press('Shift+ArrowLeft');
  await chart.press('-');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`Timeline and Compare views pass axe (${colorScheme})`, async ({ page, host }) => {
    await seedStrategyHistory(host);
    await callSnapshot(host);
    await page.emulateMedia({ colorScheme });
    await openTimeline(page, host.url);
    await expect(page.getByRole('application', { name: 'Strategy timeline' })).toBeVisible();
    await page.getByLabel('From').fill(new Date(Date.now() - 200 * 86_400_000).toISOString().slice(0, 10));
    await page.getByLabel('To').fill(new Date(Date.now() - 120 * 86_400_000).toISOString().slice(0, 10));
    await expect(page.getByRole('list', { name: 'Reflections in this period' }).getByRole('button').first()).toBeVisible();
    await expectNoSeriousViolations(page, 'Timeline');
    await page.screenshot({ path: `/tmp/timeline-${colorScheme}.png` });
    await page.getByRole('tab', { name: 'Compare versions' }).click();
    await expect(page.getByRole('region', { name: 'Values' })).toBeVisible();
    await expectNoSeriousViolations(page, 'Compare');
    await page.screenshot({ path: `/tmp/timeline-compare-${colorScheme}.png`, fullPage: true });
    await page.getByRole('tab', { name: 'Time-lapse' }).click();
    await expect(page.getByText(/Version 2 of 2/)).toBeVisible();
    await expectNoSeriousViolations(page, 'Time-lapse');
    await page.screenshot({ path: `/tmp/timeline-timelapse-${colorScheme}.png` });
  });
}

async function callSnapshot(host: Parameters<typeof seedStrategyHistory>[0]) {
  const { callApi } = await import('./support/api');
  await callApi(host, 'strategy.snapshot', { changeNote: 'Teaching belongs in the middle; data is about decisions' });
}

test('an empty timeline says how it fills, instead of an empty chart', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^Timeline/ }).click();
  await expect(page.getByRole('heading', { name: 'Your timeline fills as you go' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Clear period' })).toHaveCount(0);
});
