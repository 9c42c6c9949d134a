// Settings → Sync between two computers: two browser hosts, each with its own data folder, sharing one sync folder (what
// the engine sees when Syncthing or Dropbox keeps two folders in step). Start on A, a wrong passphrase refused on B, B
// joins, entries flow both ways, both computers listed, pause holds changes back and resume lets them through, stop
// keeps the journal; an entry edited on both at once is listed for review and carries a notice until reviewed; a file
// that does not open is named.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { callApi } from './support/api';
import { makeDataDir, startHost, type HostProcess } from './support/host';
import { fillSetUp, nav, syncPanel as panel, syncStatus as status, titles } from './support/syncPanel';
import { expect, test } from './support/fixtures';

const PASSPHRASE = 'walking the same trail';
/** Sync runs within seconds (a folder watch plus a 5 s rescan); a busy shared machine gets room. */
const FLOWS = { timeout: 25_000 };

const entryList = (page: Page) => page.getByRole('list', { name: 'Reflections, newest first' });

async function expectAxeClean(page: Page) {
  const results = await new AxeBuilder({ page }).include('.settings').analyze();
  expect(results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')).toEqual([]);
}

/**
 * Waits until `host` has finished three more sync passes. Every host rescans on the same 5 s interval, so by then the
 * other host has had at least one pass of its own too: what it has not applied by then, it held back.
 */
async function waitForPasses(host: HostProcess) {
  const seen = new Set<string | null>([(await status(host)).lastSync]);
  await expect
    .poll(async () => {
      seen.add((await status(host)).lastSync);
      return seen.size;
    }, FLOWS)
    .toBeGreaterThanOrEqual(4);
}

let syncFolder: string;
let otherDataDir: string;
let other: HostProcess | undefined;
test.beforeEach(() => {
  syncFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'cairn-e2e-sync-'));
  otherDataDir = makeDataDir();
});
test.afterEach(async () => {
  await other?.stop();
  other = undefined;
  fs.rmSync(syncFolder, { recursive: true, force: true });
  fs.rmSync(otherDataDir, { recursive: true, force: true });
});

test('two computers sync through one folder: a wrong passphrase refused, entries both ways, pause and resume', async ({ page, host }) => {
  test.setTimeout(120_000);
  await callApi(host, 'reflections.create', { entryDate: '2026-12-01', title: 'Written on the laptop', body: 'From A.' });
  other = await startHost(otherDataDir);
  const b = other;

  // A starts syncing.
  await page.goto(host.url);
  await nav(page, /^Settings/);
  await expect(panel(page).getByRole('radio', { name: 'Start syncing from this computer' })).toBeVisible();
  await expectAxeClean(page);
  await fillSetUp(page, /^Start syncing/, syncFolder, 'Laptop', PASSPHRASE, PASSPHRASE);
  await panel(page).getByRole('button', { name: 'Start syncing' }).click();
  await expect(panel(page).getByText('Syncing: changes go out and come in within seconds.')).toBeVisible(FLOWS);
  expect(fs.existsSync(path.join(syncFolder, 'cairn-sync', 'sync.cairnkey'))).toBe(true);

  // B names a folder that does not exist, then joins with a wrong passphrase: each refused beside its field, what was
  // typed kept, nothing applied.
  const pageB = await page.context().newPage();
  await pageB.goto(b.url);
  await nav(pageB, /^Settings/);
  await fillSetUp(pageB, /^Join a sync folder/, path.join(syncFolder, 'missing'), 'Desktop', 'not the passphrase');
  await panel(pageB).getByRole('button', { name: 'Join and sync' }).click();
  await expect(panel(pageB).getByRole('alert')).toHaveText(/There is no folder at .*missing/, FLOWS);
  await expect(panel(pageB).getByLabel('Sync folder (its whole path)')).toBeFocused();
  await expect(panel(pageB).getByLabel('Sync passphrase', { exact: true })).toHaveValue('not the passphrase');
  await panel(pageB).getByLabel('Sync folder (its whole path)').fill(syncFolder);
  await panel(pageB).getByRole('button', { name: 'Join and sync' }).click();
  await expect(panel(pageB).getByRole('alert')).toHaveText(/That sync passphrase does not open this sync folder/, FLOWS);
  await expect(panel(pageB).getByLabel('Sync folder (its whole path)')).toHaveValue(syncFolder);
  await expect(panel(pageB).getByLabel('This computer’s name')).toHaveValue('Desktop');
  await expect(panel(pageB).getByLabel('Sync passphrase', { exact: true })).toHaveValue('');
  await expect(panel(pageB).getByLabel('Sync passphrase', { exact: true })).toBeFocused();
  expect((await status(b)).state).toBe('off');
  expect(await titles(b)).not.toContain('Written on the laptop');

  // The right passphrase: B's journal is built from the folder.
  await panel(pageB).getByLabel('Sync passphrase', { exact: true }).fill(PASSPHRASE);
  await panel(pageB).getByRole('button', { name: 'Join and sync' }).click();
  await expect(panel(pageB).getByText('Syncing: changes go out and come in within seconds.')).toBeVisible(FLOWS);
  await nav(pageB, /^Journal/);
  await expect(entryList(pageB)).toContainText('Written on the laptop', FLOWS);

  // An entry written on B appears in A's open journal through the change feed.
  await nav(page, /^Journal/);
  await callApi(b, 'reflections.create', { entryDate: '2026-12-02', title: 'Written on the desktop', body: 'From B.' });
  await expect(entryList(page)).toContainText('Written on the desktop', FLOWS);

  // A's panel lists both computers.
  await nav(page, /^Settings/);
  const computers = panel(page).getByRole('list', { name: 'Computers syncing this journal' });
  await expect(computers).toContainText('Laptop (this computer)');
  await expect(computers).toContainText('Desktop', FLOWS);
  await expectAxeClean(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectAxeClean(page);
  await page.emulateMedia({ colorScheme: 'light' });

  // Paused, A takes nothing in: B's next entry reaches the folder and waits there.
  await panel(page).getByRole('button', { name: 'Pause syncing' }).click();
  await expect(panel(page).getByRole('button', { name: 'Resume syncing' })).toBeVisible();
  await callApi(b, 'reflections.create', { entryDate: '2026-12-03', title: 'While the laptop paused', body: 'Held back.' });
  await expect.poll(async () => (await status(b)).pendingOut, FLOWS).toBe(0);
  await waitForPasses(b);
  expect(await titles(host)).not.toContain('While the laptop paused');

  // Resumed, it comes in.
  await panel(page).getByRole('button', { name: 'Resume syncing' }).click();
  await expect(panel(page).getByRole('button', { name: 'Pause syncing' })).toBeVisible();
  await expect.poll(() => titles(host), FLOWS).toContain('While the laptop paused');

  // Stopping asks first, and leaves the whole journal here.
  await panel(page).getByRole('button', { name: 'Stop syncing on this computer…' }).click();
  const confirm = page.getByRole('dialog', { name: 'Stop syncing on this computer?' });
  await expect(confirm).toContainText('Your journal stays whole here');
  await confirm.getByRole('button', { name: 'Stop syncing' }).click();
  await expect(panel(page).getByRole('radio', { name: 'Join a sync folder another computer made' })).toBeVisible();
  expect((await status(host)).state).toBe('off');
  expect((await titles(host)).sort()).toEqual(['While the laptop paused', 'Written on the desktop', 'Written on the laptop']);
});

test('an entry edited on two computers at once is listed, opens with its notice, and can be marked reviewed', async ({ page, host }) => {
  test.setTimeout(90_000);
  other = await startHost(otherDataDir);
  const b = other;
  await callApi(host, 'sync.setUp', { mode: 'start', folder: syncFolder, deviceName: 'Laptop', passphrase: PASSPHRASE });
  await callApi(b, 'sync.setUp', { mode: 'join', folder: syncFolder, deviceName: 'Desktop', passphrase: PASSPHRASE });
  const { id } = await callApi<{ id: string }>(host, 'reflections.create', { entryDate: '2026-12-04', title: 'Lunch', body: 'noon\n' });
  await expect.poll(() => titles(b), FLOWS).toContain('Lunch');

  // The same line changed on both while A is paused: one text stays, the other goes into the entry's history.
  await callApi(host, 'sync.pause');
  await callApi(host, 'reflections.update', { id, body: 'noon with Ana\n' });
  await callApi(b, 'reflections.update', { id, body: 'noon with Kim\n' });
  await expect.poll(async () => (await status(b)).pendingOut, FLOWS).toBe(0);
  await callApi(host, 'sync.resume');
  const conflicts = async (on: HostProcess) => (await callApi<{ conflicts: { reflectionId: string }[] }>(on, 'sync.status')).conflicts;
  const withConflict = async () => {
    for (const candidate of [host, b]) if ((await conflicts(candidate)).length > 0) return candidate;
    return null;
  };
  await expect.poll(async () => (await withConflict()) !== null, FLOWS).toBe(true);
  const where = await withConflict();
  if (!where) throw new Error('expected a computer listing the conflict');
  const current = (await callApi<{ body: string }>(where, 'reflections.get', { id })).body;
  const otherName = current.includes('Ana') ? 'Kim' : 'Ana';

  const shown = where === host ? page : await page.context().newPage();
  await shown.goto(where.url);
  await nav(shown, /^Settings/);
  await panel(shown).getByRole('button', { name: /^Lunch/ }).click();
  const notice = shown.getByRole('region', { name: 'Edited on two computers' });
  await expect(notice).toContainText('The other computer’s text is kept in this entry’s history.');
  await notice.getByRole('button', { name: 'Show history' }).click();
  await expect(shown.getByRole('dialog')).toContainText(otherName);
  await shown.keyboard.press('Escape');
  await expect(shown.getByRole('dialog')).toBeHidden();
  await notice.getByRole('button', { name: 'Mark as reviewed' }).click();
  await expect(notice).toBeHidden();
  expect(await conflicts(where)).toEqual([]);
  // Applying the other computer's text is not a change of this computer's own waiting to go out.
  for (const computer of [host, b]) await expect.poll(async () => (await status(computer)).pendingOut, FLOWS).toBe(0);

  // A file in the folder that does not open is named in the panel, and nothing in it is applied.
  const stranger = path.join(syncFolder, 'cairn-sync', '0123456789abcdef');
  fs.mkdirSync(stranger);
  fs.writeFileSync(path.join(stranger, '1.cairnlog'), 'not sealed by any sync passphrase');
  await nav(shown, /^Settings/);
  await expect(panel(shown).getByRole('list', { name: 'Files that did not open' })).toContainText('0123456789abcdef/1.cairnlog', FLOWS);
  await expect(panel(shown)).toContainText('1 file in the sync folder did not open');
});
