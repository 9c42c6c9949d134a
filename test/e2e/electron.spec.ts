// The reflection flow in the real desktop app; skipped, with the reason, where Electron's binary is not installed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
// Reads electron's path.txt directly: requiring 'electron' would try to download a missing binary.
import { electronBinary } from '../../build/scripts/electronBinary.mjs';

const binary = electronBinary();

test.describe('desktop app', () => {
  test.skip(!binary, 'Electron binary not installed (it downloads from the internet, which this machine cannot reach)');

  test('write and reread a reflection in the desktop window', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cairn-electron-'));
    const app = await electron.launch({
      executablePath: binary,
      args: [path.resolve(import.meta.dirname, '../../dist/electron/main.cjs'), '--data-dir', dataDir],
    });
    try {
      const page = await app.firstWindow();
      const isolation = await page.evaluate(() => {
        const page = window as unknown as { require?: unknown; process?: unknown; cairn?: object };
        return { require: typeof page.require, process: typeof page.process, bridgeFrozen: Object.isFrozen(page.cairn) };
      });
      expect(isolation).toEqual({ require: 'undefined', process: 'undefined', bridgeFrozen: true });
      // A new journal opens on the guided first run; this test is about the journal.
      await page.getByRole('button', { name: 'Skip for now' }).click();
      await page.getByRole('button', { name: 'Write your first reflection' }).click();
      await page.getByLabel('Title').fill('From the desktop');
      await page.keyboard.press('Control+s');
      await expect(page.getByRole('status')).toHaveText('Saved');
      await page.reload();
      await expect(page.getByRole('list', { name: 'Reflections, newest first' })).toContainText('From the desktop');
    } finally {
      await app.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
