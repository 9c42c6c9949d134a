// An encrypted journal that locks itself after its idle minutes keeps what was typed: the core announces the lock
// through the change feed, the page saves and locks, every tab shows the unlock screen, and unlocking finds the words.
import type { Page } from '@playwright/test';
import { callApi } from './support/api';
import { expect, test } from './support/fixtures';

const PASSPHRASE = 'correct horse battery';
const locked = (page: Page) => page.getByRole('heading', { level: 1, name: 'Your journal is locked' });

test('auto-lock saves what was typed first, locks every tab, and unlocking shows it', async ({ page, host }) => {
  // The shortest idle time is a minute, and the core looks every 30 s: the lock comes 60–90 s after the last save.
  test.setTimeout(180_000);
  await callApi(host, 'security.setPassphrase', { passphrase: PASSPHRASE });
  await callApi(host, 'settings.set', { key: 'security.autoLockMinutes', value: 1 });
  const { id } = await callApi<{ id: string }>(host, 'reflections.create', { entryDate: '2026-11-05', title: 'Before the lock', body: '' });

  await page.goto(host.url);
  const other = await page.context().newPage();
  await other.goto(host.url);
  await page.getByRole('list', { name: 'Reflections, newest first' }).getByRole('button', { name: /Before the lock/ }).click();
  await page.getByLabel('Reflection', { exact: true }).click();
  await page.keyboard.type('Words typed before walking away — café 42');

  await expect(locked(page)).toBeVisible({ timeout: 120_000 });
  await expect(locked(other)).toBeVisible({ timeout: 5_000 });
  expect((await callApi<{ state: string }>(host, 'security.status')).state).toBe('locked');

  await page.getByLabel('Passphrase').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await page.getByRole('list', { name: 'Reflections, newest first' }).getByRole('button', { name: /Before the lock/ }).click();
  await expect(page.getByLabel('Reflection', { exact: true })).toHaveText('Words typed before walking away — café 42');
  expect((await callApi<{ body: string }>(host, 'reflections.get', { id })).body).toBe('Words typed before walking away — café 42');
  await other.close();
});
