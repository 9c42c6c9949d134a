// Every view passes an axe-core scan with no serious or critical violations, in light and dark themes.
import AxeBuilder from '@axe-core/playwright';
import { callApi } from './support/api';
import { expect, test } from './support/fixtures';

const views = ['Journal', 'Strategy', 'Experiments', 'Timeline', 'Insight', 'Search', 'Settings', 'Recently deleted'];

for (const colorScheme of ['light', 'dark'] as const) {
  test(`no serious or critical axe violations (${colorScheme})`, async ({ page, host }) => {
    // Eight full-page axe scans (the Strategy view's diagram has many nodes) take ~25 s on a busy two-core machine.
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme });
    await page.goto(host.url);
    await page.getByRole('button', { name: 'Write your first reflection' }).click();
    await page.getByLabel('Title').fill('Accessible stone');
    await page.keyboard.press('Control+s');
    await expect(page.getByRole('status')).toHaveText('Saved');
    // Something in Recently deleted, so its list is scanned too.
    const { id } = await callApi<{ id: string }>(host, 'reflections.create', { entryDate: '2026-01-05', title: 'Deleted stone' });
    await callApi(host, 'reflections.delete', { id });
    for (const view of views) {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: new RegExp(`^${view}`) }).click();
      await expect(page.getByRole('heading', { level: 1, name: view })).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(blocking.map((v) => `${view}: ${v.id} — ${v.help}`)).toEqual([]);
    }
  });
}
