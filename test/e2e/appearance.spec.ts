// Settings → Appearance: the theme and text size a person picks change the page at once, stay after a reload, and
// "Same as this computer" follows the OS.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

const pageBackground = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const bodyTextSize = (page: Page) => page.evaluate(() => Number.parseFloat(getComputedStyle(document.body).fontSize));
const appearance = (page: Page) => page.getByRole('region', { name: 'Appearance' });

async function openSettings(page: Page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^Settings/ }).click();
  await expect(appearance(page).getByRole('radio', { name: 'Same as this computer' })).toBeEnabled();
}

test('a chosen theme and text size apply at once and after a reload; the system choice follows the OS', async ({ page, host }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(host.url);
  await openSettings(page);
  const light = await pageBackground(page);
  const standard = await bodyTextSize(page);
  await expect(appearance(page).getByRole('radio', { name: 'Same as this computer' })).toBeChecked();

  await appearance(page).getByRole('radio', { name: 'Dark' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await pageBackground(page)).not.toBe(light);
  await appearance(page).getByRole('radio', { name: 'Large' }).check();
  await expect.poll(() => bodyTextSize(page)).toBeGreaterThan(standard);
  await expect(appearance(page).getByRole('status')).toHaveText('Saved');

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect.poll(() => bodyTextSize(page)).toBeGreaterThan(standard);
  await openSettings(page);
  await expect(appearance(page).getByRole('radio', { name: 'Dark' })).toBeChecked();
  await expect(appearance(page).getByRole('radio', { name: 'Large' })).toBeChecked();
  const axe = await new AxeBuilder({ page }).include('.settings').analyze();
  expect(axe.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')).toEqual([]);

  // Chosen light on a dark OS stays light; back to the system's choice, the page follows the OS again.
  await appearance(page).getByRole('radio', { name: 'Light' }).check();
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await appearance(page).getByRole('radio', { name: 'Same as this computer' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await appearance(page).getByRole('radio', { name: 'Standard' }).check();
  await expect.poll(() => bodyTextSize(page)).toBe(standard);
});
