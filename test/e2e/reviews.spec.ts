// Reviews: a weekly review started from the journal on a Sunday holds the week's highest- and lowest-energy reflections
// and the follow-up due, takes what is typed into it through a reload, is marked on the calendar, and passes axe in both
// themes.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { addDays, format, isSunday, previousSunday, setHours } from 'date-fns';
import { callApi } from './support/api';
import type { HostProcess } from './support/host';
import { expect, test } from './support/fixtures';

/** The last Sunday up to today: a week that is over for the core, whose clock is the real one. */
const now = new Date();
const sunday = setHours(isSunday(now) ? now : previousSunday(now), 12);
const day = (offset: number) => format(addDays(sunday, offset), 'yyyy-MM-dd');

async function seedWeek(host: HostProcess) {
  const create = (fields: Record<string, unknown>) => callApi(host, 'reflections.create', fields);
  await create({ entryDate: day(-6), title: 'Ran the pipelines workshop', body: 'Everyone stayed late.', energy: 5, engagement: 5 });
  await create({ entryDate: day(-4), title: 'Ordinary planning day', energy: 3, engagement: 3 });
  await create({ entryDate: day(-2), title: 'Expense reports all afternoon', energy: 1, engagement: 2 });
  await create({ entryDate: day(-7), title: 'The Sunday before', energy: 1 });
  const experiment = await callApi<{ id: string }>(host, 'experiments.create', { title: 'Talk to three analysts' });
  await callApi(host, 'experiments.people.create', { experimentId: experiment.id, name: 'Priya Raman', followUpDate: day(2) });
}

interface Stored {
  title: string;
  entryDate: string;
  body: string;
  promptId: string | null;
}

const editorText = (page: Page) => page.getByLabel('Reflection', { exact: true });

async function expectNoBlockingViolations(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(blocking.map((v) => `${where}: ${v.id} — ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

test('a weekly review started on a Sunday holds the week’s top and bottom reflections and the follow-up, keeps what is typed, and marks its day', async ({ page, host }) => {
  await seedWeek(host);
  await page.clock.setFixedTime(sunday);
  await page.goto(host.url);

  // From the keyboard: the home's menu button opens on its first item.
  const home = page.getByRole('region', { name: 'What is worth keeping from today?' });
  await home.getByRole('button', { name: 'Start a review' }).focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu', { name: 'Start a review' });
  await expect(menu.getByRole('menuitem')).toHaveText(['Weekly review', 'Quarterly review', 'Yearly review']);
  await expect(menu.getByRole('menuitem', { name: 'Weekly review' })).toBeFocused();
  await page.keyboard.press('Enter');

  const title = `Weekly review, ${format(addDays(sunday, -6), day(-6).slice(0, 4) === day(0).slice(0, 4) ? 'd MMM' : 'd MMM yyyy')} – ${format(sunday, 'd MMM yyyy')}`;
  await expect(page.getByLabel('Title')).toHaveValue(title);
  // The editor draws only the lines in view: the start here, the whole body from the core.
  const editor = editorText(page);
  await expect(editor).toContainText(`Ran the pipelines workshop** — ${format(addDays(sunday, -6), 'EEE d MMM')} · energy 5, engagement 5`);
  await expect(page.getByRole('button', { name: 'Remove tag review' })).toBeVisible();
  const [review] = (await callApi<{ items: Stored[] }>(host, 'reflections.list', { tag: 'review' })).items;
  expect(review).toMatchObject({ title, entryDate: day(0), promptId: 'library-review-1' });
  const section = (heading: string) => review?.body.split(`${heading}\n\n`)[1]?.split('\n\n')[0];
  expect(section('### Highest energy')).toBe(`- **Ran the pipelines workshop** — ${format(addDays(sunday, -6), 'EEE d MMM')} · energy 5, engagement 5`);
  expect(section('### Lowest energy')).toBe(`- **Expense reports all afternoon** — ${format(addDays(sunday, -2), 'EEE d MMM')} · energy 1, engagement 2`);
  expect(section('## People to follow up')).toBe(`- **Priya Raman**, for Talk to three analysts — due ${format(addDays(sunday, 2), day(2).slice(0, 4) === day(0).slice(0, 4) ? 'EEE d MMM' : 'EEE d MMM yyyy')}`);
  expect(review?.body).not.toContain('The Sunday before');
  await expectNoBlockingViolations(page, 'the review in the editor');

  await editor.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('The workshop gave me the most energy.');
  await expect(page.getByRole('status')).toHaveText('Saved');

  await page.reload();
  await page.getByRole('list', { name: 'Reflections, newest first' }).getByRole('button', { name: new RegExp(title) }).click();
  await editorText(page).click();
  await page.keyboard.press('Control+End');
  await expect(editorText(page)).toContainText('### What gave me energy, what drained it?The workshop gave me the most energy.');
  const kept = (await callApi<{ items: Stored[] }>(host, 'reflections.list', { tag: 'review' })).items[0];
  expect(kept?.body).toBe(`${review?.body}The workshop gave me the most energy.`);

  await page.reload();
  const marked = page.getByRole('grid').getByRole('button', { name: /including a review$/ });
  await expect(marked).toHaveCount(1);
  await expect(marked).toHaveAttribute('data-date', day(0));
  await expectNoBlockingViolations(page, 'the journal home with a review on its calendar');
});

test('the header’s bar starts a quarterly review too', async ({ page, host }) => {
  await seedWeek(host);
  await page.clock.setFixedTime(sunday);
  await page.goto(host.url);
  await page.getByRole('group', { name: 'Journal actions' }).getByRole('button', { name: 'Start a review' }).click();
  await page.getByRole('menuitem', { name: 'Quarterly review' }).click();
  await expect(page.getByLabel('Title')).toHaveValue(/^Quarterly review, Q[1-4] \d{4}$/);
  const [review] = (await callApi<{ items: Stored[] }>(host, 'reflections.list', { tag: 'review' })).items;
  expect(review?.body).toContain('### Does my strategy need a new version?');
});

test('a review on the calendar and in the editor passes axe in the dark theme too', async ({ page, host }) => {
  await seedWeek(host);
  await callApi(host, 'reviews.create', { kind: 'week', endingOn: day(0) });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.clock.setFixedTime(sunday);
  await page.goto(host.url);
  await expect(page.getByRole('grid').getByRole('button', { name: /including a review$/ })).toHaveCount(1);
  await page.getByRole('region', { name: 'What is worth keeping from today?' }).getByRole('button', { name: 'Start a review' }).click();
  await expect(page.getByRole('menu', { name: 'Start a review' })).toBeVisible();
  await expectNoBlockingViolations(page, 'the home with the review menu open (dark)');
  await page.keyboard.press('Escape');
  await page.getByRole('list', { name: 'Reflections, newest first' }).getByRole('button', { name: /Weekly review/ }).click();
  await expect(page.getByLabel('Title')).toHaveValue(/^Weekly review/);
  await expectNoBlockingViolations(page, 'the review in the editor (dark)');
});
