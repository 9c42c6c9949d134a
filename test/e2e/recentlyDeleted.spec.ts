// Recently deleted and entry history as a person meets them: Undo a delete, restore from the trash with every link, bring back an earlier text.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { callApi } from './support/api';
import { expect, test } from './support/fixtures';
import type { HostProcess } from './support/host';

interface Seeded {
  valueId: string;
  experimentId: string;
  ids: { lighthouse: string; harbour: string };
}

async function seed(host: HostProcess): Promise<Seeded> {
  const value = await callApi<{ id: string }>(host, 'values.create', { label: 'Teaching' });
  const experiment = await callApi<{ id: string }>(host, 'experiments.create', { title: 'Coastal meetups', hypothesis: 'Sailors teach well' });
  const links = { valueIds: [value.id], experimentIds: [experiment.id] };
  const lighthouse = await callApi<{ id: string }>(host, 'reflections.create', {
    entryDate: '2026-01-10',
    title: 'Lighthouse keeper',
    body: 'The lighthouse keeper showed me how the lens turns.',
    tags: ['mentoring', 'coast'],
    ...links,
  });
  const harbour = await callApi<{ id: string }>(host, 'reflections.create', {
    entryDate: '2026-01-12',
    title: 'Harbour walk',
    body: 'A walk along the harbour with the crew.',
    tags: ['walks'],
    ...links,
  });
  return { valueId: value.id, experimentId: experiment.id, ids: { lighthouse: lighthouse.id, harbour: harbour.id } };
}

const entryList = (page: Page) => page.getByRole('list', { name: 'Reflections, newest first' });
const goTo = (page: Page, view: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: new RegExp(`^${view}`) }).click();

async function deleteOpenEntry(page: Page) {
  await page.getByRole('button', { name: 'Delete…' }).click();
  await page.getByRole('dialog', { name: 'Delete this reflection?' }).getByRole('button', { name: 'Delete reflection' }).click();
}

test('a deleted reflection comes back with Undo, and another from Recently deleted with its tags, values and experiment', async ({ page, host }) => {
  const seeded = await seed(host);
  await page.goto(host.url);
  await entryList(page).getByRole('button', { name: /Harbour walk/ }).click();
  await deleteOpenEntry(page);
  await expect(entryList(page)).not.toContainText('Harbour walk');
  const undo = page.getByRole('region', { name: 'Undo' });
  await expect(undo).toContainText('Reflection moved to Recently deleted.');
  await undo.getByRole('button', { name: 'Undo' }).click();
  await expect(entryList(page)).toContainText('Harbour walk');
  await expect(page.getByLabel('Title')).toHaveValue('Harbour walk');
  await expect(undo).toBeEmpty();

  await entryList(page).getByRole('button', { name: /Lighthouse keeper/ }).click();
  await deleteOpenEntry(page);
  await expect(entryList(page)).not.toContainText('Lighthouse keeper');
  await goTo(page, 'Search');
  await page.getByLabel('Search everything').fill('lighthouse');
  await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option')).toHaveCount(0);

  await goTo(page, 'Recently deleted');
  const deleted = page.getByRole('list', { name: 'Deleted items' });
  await expect(deleted.getByRole('listitem')).toHaveCount(1);
  await expect(deleted).toContainText('Lighthouse keeper');
  await expect(deleted).toContainText('Entry of Jan 10, 2026');
  await deleted.getByRole('button', { name: 'Restore reflection “Lighthouse keeper”' }).click();
  await expect(page.getByText('Nothing here.')).toBeVisible();

  await goTo(page, 'Search');
  await page.getByLabel('Search everything').fill('lighthouse');
  await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option')).toHaveCount(1);
  await page.getByLabel('Search everything').press('Enter');
  await expect(page.getByLabel('Title')).toHaveValue('Lighthouse keeper');
  const editor = page.getByRole('form', { name: 'Edit reflection' });
  await expect(editor.getByRole('button', { name: 'Teaching' })).toHaveAttribute('aria-pressed', 'true');
  await expect(editor).toContainText('mentoring');
  await expect(editor).toContainText('coast');

  await goTo(page, 'Experiments');
  await page.getByRole('button', { name: 'Coastal meetups' }).first().click();
  await expect(page.getByRole('region', { name: 'Evidence' })).toContainText('Lighthouse keeper');
  const restored = await callApi<{ tags: string[]; valueIds: string[]; experimentIds: string[] }>(host, 'reflections.get', { id: seeded.ids.lighthouse });
  expect(restored).toMatchObject({ tags: ['coast', 'mentoring'], valueIds: [seeded.valueId], experimentIds: [seeded.experimentId] });
});

test('an entry edited in three sessions shows each as a version, as a word diff, and its first text can be restored', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Write your first reflection' }).click();
  const text = page.getByLabel('Reflection', { exact: true });
  const sessions = ['First text of the day.', 'First text of the day. Second thought.', 'First text of the day. Second thought. Third idea.'];
  for (const [index, body] of sessions.entries()) {
    if (index > 0) await entryList(page).getByRole('button', { name: /First text of the day/ }).click();
    await text.fill(body);
    await expect(page.getByRole('status')).toHaveText('Saved');
    // Leaving the entry ends the editing session.
    await page.getByRole('button', { name: '← Journal home' }).click();
  }

  await entryList(page).getByRole('button', { name: /First text of the day/ }).click();
  await page.getByRole('button', { name: 'History…' }).click();
  const dialog = page.getByRole('dialog', { name: 'History of this reflection' });
  const versions = dialog.getByRole('list', { name: 'Versions, newest first' }).getByRole('button');
  await expect(versions).toHaveCount(3);
  // The one before the latest is shown first: the third session added its words.
  await expect(versions.nth(1)).toHaveAttribute('aria-pressed', 'true');
  await expect(dialog.locator('ins')).toHaveText(['[added: Third idea.]']);
  const axe = await new AxeBuilder({ page }).include('dialog[open]').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  await versions.nth(2).click();
  await expect(dialog.locator('ins')).toHaveText(['[added: Second thought. Third idea.]']);
  await expect(dialog.locator('del')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Restore this version' }).click();
  await expect(dialog).toBeHidden();
  await expect(text).toHaveText('First text of the day.');

  await page.reload();
  await entryList(page).getByRole('button', { name: /First text of the day/ }).click();
  await expect(text).toHaveText('First text of the day.');
  await page.getByRole('button', { name: 'History…' }).click();
  await expect(versions).toHaveCount(4);
  await expect(versions.first()).toContainText('restored from');
  await dialog.getByRole('button', { name: 'Close' }).click();

  await goTo(page, 'Search');
  await page.getByLabel('Search everything').fill('third');
  await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option')).toHaveCount(0);
});

test('Delete forever and Empty each ask first, and what they delete cannot be restored', async ({ page, host }) => {
  const seeded = await seed(host);
  await callApi(host, 'reflections.delete', { id: seeded.ids.lighthouse });
  await callApi(host, 'reflections.delete', { id: seeded.ids.harbour });
  await callApi(host, 'experiments.delete', { id: seeded.experimentId });
  await page.goto(host.url);
  await goTo(page, 'Recently deleted');
  const deleted = page.getByRole('list', { name: 'Deleted items' });
  await expect(deleted.getByRole('listitem')).toHaveCount(3);

  await deleted.getByRole('button', { name: 'Delete forever… reflection “Harbour walk”' }).click();
  const forever = page.getByRole('dialog', { name: 'Delete forever?' });
  await expect(forever).toContainText('“Harbour walk” will be deleted for good');
  await forever.getByRole('button', { name: 'Cancel' }).click();
  await expect(deleted.getByRole('listitem')).toHaveCount(3);
  await deleted.getByRole('button', { name: 'Delete forever… reflection “Harbour walk”' }).click();
  await forever.getByRole('button', { name: 'Delete forever' }).click();
  await expect(deleted.getByRole('listitem')).toHaveCount(2);
  await expect(deleted).not.toContainText('Harbour walk');

  await page.getByRole('button', { name: 'Empty Recently deleted…' }).click();
  const empty = page.getByRole('dialog', { name: 'Empty Recently deleted?' });
  await expect(empty).toContainText('All 2 items here will be deleted for good.');
  await empty.getByRole('button', { name: 'Empty' }).click();
  await expect(page.getByText('Nothing here.')).toBeVisible();
  await page.reload();
  await goTo(page, 'Recently deleted');
  await expect(page.getByText('Nothing here.')).toBeVisible();
  expect(await callApi<unknown[]>(host, 'trash.list')).toEqual([]);
});
