// A person writes, edits, finds again after a restart, and deletes a reflection in browser mode.
import { startHost } from './support/host';
import { expect, test } from './support/fixtures';

test('write, edit, restart, and delete a reflection', async ({ page, host, dataDir }) => {
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'Your first stone' })).toBeVisible();

  await page.getByRole('button', { name: 'Write your first reflection' }).click();
  await page.getByLabel('Title').fill('Coffee with a data PM');
  await page.getByLabel('Reflection', { exact: true }).fill('She spends her days turning messy data into decisions.\nI want more of that.');
  await page.getByLabel('Entry date').fill('2024-03-14');
  // No Save button: the entry saves as typed, and Ctrl+S saves at once.
  await expect(page.getByRole('button', { name: 'Save', exact: true })).toHaveCount(0);
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status')).toHaveText('Saved');

  const list = page.getByRole('list', { name: 'Reflections, newest first' });
  await expect(list.getByRole('button')).toHaveCount(1);
  await expect(list).toContainText('Coffee with a data PM');
  await expect(list).toContainText('Mar 14, 2024');

  await page.getByRole('button', { name: 'New reflection' }).click();
  await page.getByLabel('Reflection', { exact: true }).fill('A second, newer stone.');
  await page.getByLabel('Title').focus();
  await expect(page.getByRole('status')).toHaveText('Saved');
  await expect(list.getByRole('button')).toHaveCount(2);
  await expect(list.getByRole('button').first()).toContainText('A second, newer stone.');

  await host.stop();
  const restarted = await startHost(dataDir);
  try {
    await page.goto(restarted.url);
    await expect(list.getByRole('button')).toHaveCount(2);
    await list.getByRole('button', { name: /Coffee with a data PM/ }).click();
    await expect(page.getByLabel('Reflection', { exact: true })).toContainText('turning messy data into decisions');
    await expect(page.getByLabel('Entry date')).toHaveValue('2024-03-14');

    await page.getByRole('button', { name: 'Delete…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete this reflection?' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    await expect(list.getByRole('button')).toHaveCount(2);

    await page.getByRole('button', { name: 'Delete…' }).click();
    await dialog.getByRole('button', { name: 'Delete reflection' }).click();
    await expect(list.getByRole('button')).toHaveCount(1);
    await expect(list).not.toContainText('Coffee with a data PM');

    await page.reload();
    await expect(list.getByRole('button')).toHaveCount(1);
  } finally {
    await restarted.stop();
  }
});

test('the journal works from the keyboard alone', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.getByRole('button', { name: 'New reflection' })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: /^Journal/ })).toBeFocused();
  await page.getByRole('button', { name: 'New reflection' }).focus();
  await page.keyboard.press('Enter');
  await page.getByLabel('Title').focus();
  await page.keyboard.type('Typed without a mouse');
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status')).toHaveText('Saved');
  await expect(page.getByRole('list', { name: 'Reflections, newest first' })).toContainText('Typed without a mouse');
});

test('a failed save is shown, not swallowed', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Write your first reflection' }).click();
  await page.route('**/api/reflections.update', (route) => route.abort('connectionrefused'));
  await page.getByLabel('Title').fill('Will not save');
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('alert')).toContainText('Your changes were not saved');
  await expect(page.getByRole('status')).toContainText('Not saved');
  // The problem takes room below the view instead of covering it: the entry's ratings stay in reach.
  await page.setViewportSize({ width: 800, height: 600 });
  const problem = await page.getByRole('alert').boundingBox();
  const view = await page.locator('.main > .view').boundingBox();
  expect(problem && view && problem.y >= view.y + view.height - 1).toBe(true);
  // Playwright refuses a click that another element would catch.
  await page.getByRole('radio', { name: /^Energy 4 of 5/ }).click();
});
