// The journal end to end: writing from a prompt with tags, values and a back-date; finding it by search; the
// calendar and "on this day"; hostile Markdown; keyboard; axe in both themes. (autosave through a killed host is a row of durableSaves.spec.ts)
import AxeBuilder from '@axe-core/playwright';
import { addDays, format, subYears } from 'date-fns';
import type { Page } from '@playwright/test';
import { callApi } from './support/api';
import { seedJournal } from './support/journalSeed';
import { expect, test } from './support/fixtures';

interface Page_<T> {
  items: T[];
}
interface StoredReflection {
  id: string;
  entryDate: string;
  title: string;
  body: string;
  promptId: string | null;
  tags: string[];
  valueIds: string[];
  energy: number | null;
}

const editorText = (page: Page) => page.getByLabel('Reflection', { exact: true });

test('write from a prompt, tag, mark values, back-date, then find it by search and in the calendar', async ({ page, host }) => {
  const teaching = await callApi<{ id: string }>(host, 'values.create', { label: 'Teaching', colour: '#b4654a' });
  await callApi(host, 'values.create', { label: 'Building', colour: '#4a6fb4' });
  const today = new Date();
  await callApi(host, 'reflections.create', {
    entryDate: format(subYears(today, 1), 'yyyy-MM-dd'),
    title: 'A year ago I wanted to teach',
    body: 'Notes from the layoff week.',
  });
  const backDate = format(addDays(today, -2), 'yyyy-MM-dd');

  await page.goto(host.url);
  const onThisDay = page.getByRole('region', { name: 'On this day' });
  await expect(onThisDay).toContainText('A year ago');
  await expect(onThisDay).toContainText('A year ago I wanted to teach');

  await page.getByRole('button', { name: 'Start from a prompt' }).first().click();
  const picker = page.getByRole('dialog', { name: 'Start from a prompt' });
  await picker.getByLabel('Group', { exact: true }).selectOption('Networking and conversations');
  await picker.getByRole('button', { name: /^Describe a conversation that changed your view/ }).click();
  await expect(picker).toBeHidden();
  await expect(page.locator('.entry-prompt')).toContainText('Describe a conversation that changed your view');

  await page.getByLabel('Title').fill('The librarian and the lighthouse');
  await editorText(page).fill(
    'She runs research workshops for first-years; she called teaching a lighthouse, not a map. Students come to her lost in the catalogue and leave knowing how to ask a better question, the part of the job she would keep if everything else went.',
  );
  await page.getByLabel('Add a tag').fill('mentoring');
  await page.getByLabel('Add a tag').press('Enter');
  await expect(page.getByRole('button', { name: 'Remove tag mentoring' })).toBeVisible();
  await page.getByRole('button', { name: 'Teaching', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Teaching', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await page.getByLabel('Energy 4 of 5, high').check();
  await page.getByLabel('Entry date').fill(backDate);
  await expect(page.getByRole('status')).toHaveText('Saved');

  const stored = (await callApi<Page_<StoredReflection>>(host, 'reflections.list', {})).items.find((r) => r.title.includes('lighthouse'));
  expect(stored).toMatchObject({
    entryDate: backDate,
    promptId: 'library-network-2',
    tags: ['mentoring'],
    valueIds: [teaching.id],
    energy: 4,
  });
  await expect(page.locator('.entry-stamps')).toContainText(/Written .* · Changed /);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^Search/ }).click();
  await page.getByLabel('Search everything').fill('lighthouse');
  const results = page.getByRole('listbox', { name: 'Search results' });
  await expect(results.getByRole('option')).toHaveCount(1);
  await expect(results.locator('mark')).toHaveText('lighthouse');
  // The result shows both lines of its snippet whole, not one and a half.
  const hit = results.getByRole('option');
  const [row, snippet] = [await hit.boundingBox(), await hit.locator('.hit-snippet').boundingBox()];
  expect(snippet!.height).toBeGreaterThan(40);
  expect(snippet!.y + snippet!.height).toBeLessThanOrEqual(row!.y + row!.height);
  await page.getByLabel('Search everything').press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible();
  await expect(page.getByLabel('Title')).toHaveValue('The librarian and the lighthouse');
  // The editor lives in a shadow root (see MarkdownEditor), so its selection is read there.
  const selection = () =>
    page.evaluate(() => (document.querySelector('.markdown-editor')?.shadowRoot as unknown as { getSelection(): Selection } | null)?.getSelection().toString());
  await expect.poll(selection).toBe('lighthouse');

  await page.getByRole('button', { name: '← Journal home' }).click();
  if (backDate.slice(0, 7) !== format(today, 'yyyy-MM')) await page.getByRole('button', { name: 'Previous month' }).click();
  const day = page.locator(`button[data-date="${backDate}"]`);
  await expect(day).toHaveAccessibleName(/: 1 entry$/);
  await day.click();
  const list = page.getByRole('list', { name: 'Reflections, newest first' });
  await expect(list.getByRole('button')).toHaveCount(1);
  await expect(list).toContainText('The librarian and the lighthouse');
});

test('a hostile entry’s preview runs nothing and links cannot navigate the app', async ({ page, host }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const hostile = [
    '<script>window.__xss = 1</script>',
    '<img src=x onerror="window.__xss=1">',
    '<svg onload="window.__xss=1"></svg>',
    '[click me](javascript:window.__xss=1)',
    '[data link](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
    '[entity](&#106;avascript:window.__xss=1)',
    '![pixel](https://tracker.example/pixel.png)',
    '[a safe link](https://example.com/notes)',
  ].join('\n\n');
  await callApi(host, 'reflections.create', { entryDate: format(new Date(), 'yyyy-MM-dd'), title: 'Hostile', body: hostile });
  await page.goto(host.url);
  await page.getByRole('list', { name: 'Reflections, newest first' }).getByRole('button', { name: /Hostile/ }).click();
  await page.getByRole('button', { name: 'Preview' }).click();
  const preview = page.getByRole('document', { name: 'Preview' });
  await expect(preview).toContainText('<script>window.__xss = 1</script>');
  await expect(preview.locator('script, img, svg, iframe')).toHaveCount(0);
  await expect(preview.locator('a')).toHaveCount(1);
  await expect(preview.locator('a')).toHaveAttribute('href', 'https://example.com/notes');
  await expect(preview.locator('a')).toHaveAttribute('rel', 'noopener noreferrer');
  await preview.getByText('click me').click();
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(dialogs).toEqual([]);
  await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible();
});

test('every journal action works from the keyboard, with a shortcuts sheet', async ({ page, host }) => {
  await seedJournal(host, new Date());
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'Calendar' })).toBeVisible();
  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toContainText('Focus mode');
  await expect(sheet).toContainText('Go to the next or previous circle');
  await expect(sheet).toContainText('Go to Strategy');
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();

  // The views by number, from any view (Alt in browser mode, where Ctrl+digit switches tabs), and "?" everywhere.
  await page.keyboard.press('Alt+2');
  await expect(page.getByRole('heading', { level: 1, name: 'Strategy' })).toBeVisible();
  await page.keyboard.press('Alt+4');
  await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();
  await page.keyboard.press('Alt+5');
  await expect(page.getByRole('heading', { level: 1, name: 'Insight' })).toBeVisible();
  await page.keyboard.press('Alt+6');
  await expect(page.getByRole('heading', { level: 1, name: 'Recently deleted' })).toBeVisible();
  await page.keyboard.press('?');
  await expect(sheet).toBeVisible();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Alt+3');
  await expect(page.getByRole('heading', { level: 1, name: 'Experiments' })).toBeVisible();
  await page.keyboard.press('Alt+1');
  await expect(page.getByRole('heading', { name: 'Calendar' })).toBeVisible();

  await page.keyboard.press('Control+]');
  await expect(page.getByLabel('Title')).toHaveValue('Coffee with a data PM');
  await page.keyboard.press('Control+]');
  await expect(page.getByLabel('Title')).toHaveValue('Ran the onboarding workshop');
  await page.keyboard.press('Control+[');
  await expect(page.getByLabel('Title')).toHaveValue('Coffee with a data PM');
  await page.keyboard.press('Control+Shift+P');
  await expect(page.getByRole('document', { name: 'Preview' })).toContainText('messy data');
  await page.keyboard.press('Control+Shift+P');
  await page.keyboard.press('Control+Shift+Enter');
  await expect(page.getByRole('button', { name: 'Leave focus mode' })).toBeVisible();
  expect(await page.getByRole('form', { name: 'Edit reflection' }).boundingBox()).toEqual({ x: 0, y: 0, width: 1280, height: 800 });
  await editorText(page).press('Escape');
  await expect(page.getByRole('button', { name: 'Focus mode' })).toBeVisible();

  await page.keyboard.press('Alt+n');
  await expect(page.getByLabel('Title')).toHaveValue('');
  await expect(editorText(page)).toBeFocused();
  await page.keyboard.press('Control+Shift+F');
  await expect(page.getByLabel('Search everything')).toBeFocused();
  await page.keyboard.type('teaching');
  const results = page.getByRole('listbox', { name: 'Search results' });
  await expect(results.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(results.getByRole('option').nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible();
  await expect(page.getByLabel('Title')).not.toHaveValue('');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`journal home, entry, prompts and search have no serious axe violations (${colorScheme})`, async ({ page, host }) => {
    test.setTimeout(120_000);
    await seedJournal(host, new Date());
    await page.emulateMedia({ colorScheme });
    await page.goto(host.url);
    await expect(page.getByRole('heading', { name: 'Calendar' })).toBeVisible();
    const scan = async (where: string) => {
      const results = await new AxeBuilder({ page }).analyze();
      const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(blocking.map((v) => `${where}: ${v.id} — ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
    };
    await scan('home and calendar');
    await page.getByRole('list', { name: 'Reflections, newest first' }).getByRole('button').first().click();
    await expect(page.getByRole('status')).toHaveText('Saved');
    await scan('entry');
    await page.getByRole('button', { name: 'Start from a prompt' }).first().click();
    await scan('prompt picker');
    await page.keyboard.press('Escape');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^Search/ }).click();
    await page.getByLabel('Search everything').fill('teaching');
    await expect(page.locator('mark').first()).toBeVisible();
    await scan('search');
  });
}

test('a blank entry left untouched goes away, and one begun from a picked calendar day is written for that day', async ({ page, host }) => {
  // One entry already, so the journal opens on its home rather than the first-stone welcome.
  await callApi(host, 'reflections.create', { entryDate: format(subYears(new Date(), 1), 'yyyy-MM-dd'), title: 'Last year', body: 'Kept.' });
  await page.goto(host.url);
  const list = page.getByRole('list', { name: 'Reflections, newest first' });
  await page.getByRole('button', { name: 'Blank entry' }).click();
  await expect(page.getByLabel('Title')).toBeVisible();
  await expect(list.getByRole('button')).toHaveCount(2);
  await page.getByRole('button', { name: '← Journal home' }).click();
  // Nothing was typed or chosen: the entry is removed, not kept as an "Untitled reflection" nor sent to Recently deleted.
  await expect(list.getByRole('button')).toHaveCount(1);
  await expect.poll(async () => (await callApi<Page_<StoredReflection>>(host, 'reflections.list', {})).items.length).toBe(1);
  expect(await callApi<unknown[]>(host, 'trash.list', {})).toEqual([]);

  const today = new Date();
  const pastDay = format(addDays(today, -3), 'yyyy-MM-dd');
  if (pastDay.slice(0, 7) !== format(today, 'yyyy-MM')) await page.getByRole('button', { name: 'Previous month' }).click();
  await page.locator(`button[data-date="${pastDay}"]`).click();
  await expect(page.getByRole('heading', { name: 'What is worth keeping from that day?' })).toBeVisible();
  await page.getByRole('button', { name: 'Blank entry' }).click();
  await page.getByLabel('Title').fill('Written about an earlier day');
  await expect(page.getByLabel('Entry date')).toHaveValue(pastDay);
  await expect(page.getByRole('status')).toHaveText('Saved');
  await page.getByRole('button', { name: '← Journal home' }).click();
  // The list is filtered to the picked day: the new entry is there, kept.
  await expect(list.getByRole('button')).toHaveCount(1);
  await expect(list).toContainText('Written about an earlier day');
  const stored = (await callApi<Page_<StoredReflection>>(host, 'reflections.list', {})).items;
  expect(stored.find(({ title }) => title === 'Written about an earlier day')?.entryDate).toBe(pastDay);
});

test('Manage tags keeps a rename typed and not applied through closing the dialog and a reload, then applies it', async ({ page, host }) => {
  await callApi(host, 'reflections.create', { entryDate: '2026-11-02', title: 'Interview loop', body: 'Four rounds.', tags: ['hirng'] });
  await page.goto(host.url);
  const openManager = async () => {
    await page.getByRole('button', { name: 'Manage tags' }).click();
    return page.getByRole('dialog', { name: 'Manage tags' });
  };
  let manager = await openManager();
  await manager.getByLabel('Name of tag hirng').fill('hiring');
  await manager.getByRole('button', { name: 'Close' }).click();
  manager = await openManager();
  await expect(manager.getByLabel('Name of tag hirng')).toHaveValue('hiring');
  await page.reload();
  manager = await openManager();
  await expect(manager.getByLabel('Name of tag hirng')).toHaveValue('hiring');
  await manager.getByRole('button', { name: 'Rename' }).click();
  await expect(manager.getByLabel('Name of tag hiring')).toHaveValue('hiring');
  await expect(manager.getByRole('button', { name: 'Rename' })).toBeDisabled();
  const stored = (await callApi<Page_<StoredReflection>>(host, 'reflections.list', {})).items;
  expect(stored[0]?.tags).toEqual(['hiring']);
  // Applied, the rename is no longer kept: a reload shows the tag's name, not a stale draft.
  await page.reload();
  manager = await openManager();
  await expect(manager.getByLabel('Name of tag hiring')).toHaveValue('hiring');
  expect(await callApi(host, 'drafts.get', { key: `tag-rename:${(await callApi<{ id: number }[]>(host, 'tags.list', {}))[0]?.id}` })).toBeNull();
});

test('Manage tags deletes a tag after saying what it comes off, and keeps the entries', async ({ page, host }) => {
  await callApi(host, 'reflections.create', { entryDate: '2026-11-02', title: 'Interview loop', body: 'Four rounds.', tags: ['hiring', 'admin'] });
  await callApi(host, 'reflections.create', { entryDate: '2026-11-03', title: 'Expenses', body: 'Receipts.', tags: ['admin'] });
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Manage tags' }).click();
  const manager = page.getByRole('dialog', { name: 'Manage tags' });
  await manager.getByRole('button', { name: 'Delete tag admin' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete the tag “admin”?' });
  await expect(confirm).toContainText('It comes off the 2 entries that carry it.');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(manager.getByLabel('Name of tag admin')).toBeVisible();
  await manager.getByRole('button', { name: 'Delete tag admin' }).click();
  await confirm.getByRole('button', { name: 'Delete tag' }).click();
  await expect(manager.getByLabel('Name of tag admin')).toHaveCount(0);
  await expect(manager.getByLabel('Name of tag hiring')).toBeVisible();
  const stored = (await callApi<Page_<StoredReflection>>(host, 'reflections.list', {})).items;
  expect(stored.map((entry) => entry.tags).sort()).toEqual([[], ['hiring']]);
});
