import { callApi } from './support/api';
import { test } from './support/fixtures';

for (const theme of ['light', 'dark'] as const) {
  for (const [width, height] of [[800, 600], [1440, 900]] as const) {
    test(`shots ${theme} ${width}`, async ({ page, host }) => {
      await callApi(host, 'settings.set', { key: 'appearance.theme', value: theme });
      await callApi(host, 'reflections.create', { entryDate: '2026-11-02', title: 'Interview loop', body: 'Four rounds.', tags: ['hiring'] });
      await page.setViewportSize({ width, height });
      await page.goto(host.url);
      await page.getByRole('list', { name: 'Reflections, newest first' }).getByRole('button').first().click();
      await page.screenshot({ path: `/tmp/shots/entry-${theme}-${width}.png` });
      await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^Timeline/ }).click();
      await page.waitForTimeout(800);
      await page.screenshot({ path: `/tmp/shots/timeline-${theme}-${width}.png` });
    });
  }
}
