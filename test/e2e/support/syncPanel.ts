// Settings → Sync as the sync specs drive it: the panel, its set-up form, and the sync status and titles over the API.
import type { Page } from '@playwright/test';
import { callApi } from './api';
import type { HostProcess } from './host';

export type SyncStatus = {
  state: string;
  lastSync: string | null;
  pendingOut: number;
  devices: { name: string }[];
  conflicts: { reflectionId: string }[];
};
export const syncStatus = (host: HostProcess) => callApi<SyncStatus>(host, 'sync.status');
export const titles = async (host: HostProcess) =>
  (await callApi<{ items: { title: string }[] }>(host, 'reflections.list', { limit: 100 })).items.map((item) => item.title);

export const nav = (page: Page, view: RegExp) => page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: view }).click();
export const syncPanel = (page: Page) => page.getByRole('region', { name: 'Sync between computers' });

/** Fills the set-up form; `repeat` only when starting. */
export async function fillSetUp(page: Page, choice: RegExp, folder: string, name: string, passphrase: string, repeat?: string) {
  const sync = syncPanel(page);
  await sync.getByRole('radio', { name: choice }).check();
  await sync.getByLabel('Sync folder (its whole path)').fill(folder);
  await sync.getByLabel('This computer’s name').fill(name);
  await sync.getByLabel('Sync passphrase', { exact: true }).fill(passphrase);
  if (repeat !== undefined) await sync.getByLabel('Sync passphrase again').fill(repeat);
}
