// A journal file found empty is not a new journal: the person is told, shown the backups with their entries, and restores one.
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { callApi } from './support/api';
import { expect, test } from './support/fixtures';
import { startHost } from './support/host';

for (const colorScheme of ['light', 'dark'] as const) {
  test(`an empty journal file offers its backups and restores one, with no serious axe violations (${colorScheme})`, async ({ page, host, dataDir }) => {
    await callApi(host, 'reflections.create', { entryDate: '2026-01-01', title: 'Kept in the backup' });
    await callApi(host, 'backups.create', {});
    await host.stop();
    fs.writeFileSync(path.join(dataDir, 'cairn.db'), '');

    const restarted = await startHost(dataDir);
    try {
      await page.emulateMedia({ colorScheme });
      await page.goto(restarted.url);
      await expect(page.getByRole('heading', { level: 1, name: 'Your journal file is empty' })).toBeVisible();
      const newest = page.getByRole('radio', { name: /newest that passes a full check/ });
      await expect(newest).toBeChecked();
      await expect(page.getByText(/1 entry/)).toBeVisible();
      await expect(page.getByRole('button', { name: 'Start a new journal instead' })).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(blocking.map((v) => `${v.id} — ${v.help}`)).toEqual([]);

      await page.getByRole('button', { name: 'Restore this backup' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Restore' }).click();
      await expect(page.getByText('Kept in the backup').first()).toBeVisible();
    } finally {
      await restarted.stop();
    }
  });
}
