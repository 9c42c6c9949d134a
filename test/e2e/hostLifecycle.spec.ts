// Stopping the browser host with SIGINT or SIGTERM closes the journal cleanly: WAL checkpointed, lock released, nothing lost.
import fs from 'node:fs';
import path from 'node:path';
import { startHost } from './support/host';
import { expect, test } from './support/fixtures';

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  test(`${signal} closes the journal cleanly`, async ({ page, dataDir }) => {
    const host = await startHost(dataDir);
    await page.goto(host.url);
    await page.getByRole('button', { name: 'Write your first reflection' }).click();
    await page.getByLabel('Title').fill(`Saved before ${signal}`);
    await page.keyboard.press('Control+s');
    await expect(page.getByRole('status')).toHaveText('Saved');

    await host.stop(signal);
    expect(host.output()).toContain(`Cairn stopped (${signal})`);
    const wal = path.join(dataDir, 'cairn.db-wal');
    expect(!fs.existsSync(wal) || fs.statSync(wal).size === 0).toBe(true);
    expect(fs.existsSync(path.join(dataDir, 'cairn.lock'))).toBe(false);

    const again = await startHost(dataDir);
    try {
      await page.goto(again.url);
      await expect(page.getByRole('list', { name: 'Reflections, newest first' })).toContainText(`Saved before ${signal}`);
    } finally {
      await again.stop();
    }
  });
}

test('a second host on the same data folder is refused with a clear message', async ({ host, dataDir }) => {
  await expect(startHost(dataDir)).rejects.toThrow(/already open in another Cairn window or process/);
  expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=/);
});
