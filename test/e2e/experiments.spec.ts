// Experiments: run one from the board to a concluded learning; invalid moves are refused and change nothing; board, list and page pass axe.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { localCalendarDate } from '../../shared/domain/dates';
import type { Experiment } from '../../shared/domain/experiment';
import { callApi } from './support/api';
import { expect, test } from './support/fixtures';

async function openExperiments(page: Page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^Experiments/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Experiments' })).toBeVisible();
}

async function expectNoBlockingViolations(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(blocking.map((v) => `${where}: ${v.id} — ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

test('run an experiment from the board to a learning, with notes, a person to follow up and refused shortcuts', async ({ page, host }) => {
  await callApi(host, 'values.create', { label: 'Teaching' });
  await page.goto(host.url);
  await openExperiments(page);

  await page.getByRole('button', { name: 'New experiment' }).click();
  const dialog = page.getByRole('dialog', { name: 'New experiment' });
  await dialog.getByLabel('Title').fill('Data meetups in town');
  await dialog.getByLabel('Kind').selectOption({ label: 'Networking venue or community' });
  await dialog.getByRole('button', { name: 'Add idea' }).click();

  const details = page.getByRole('form', { name: 'Experiment details' });
  await details.getByLabel('If I').fill('go to three data meetups this month');
  await details.getByLabel('I expect').fill('the conversations to energise me');
  await details.getByLabel('which would tell me').fill('analytics work suits me');
  await details.getByLabel('Teaching').check();
  await details.getByLabel('Success looks like').fill('Two people offer to introduce me');
  await details.getByLabel('Stop if').fill('Three evenings in a row that drain me');
  await details.getByLabel('Planned start').fill('2026-05-10');
  await details.getByLabel('Planned end').fill('2026-05-01');
  // Saved as typed, with no Save button; the core refuses an end before the start, and the page says so.
  await expect(details.getByRole('status')).toHaveText(/^Not saved — The planned end is before the planned start/);
  const [seeded] = (await callApi<{ items: Experiment[] }>(host, 'experiments.list', {})).items;
  expect(seeded).toMatchObject({ title: 'Data meetups in town', plannedEnd: null });

  await details.getByLabel('Planned end').fill('2026-06-01');
  await expect(details.getByRole('status')).toHaveText('Saved');
  const [saved] = (await callApi<{ items: Experiment[] }>(host, 'experiments.list', {})).items;
  expect(saved).toMatchObject({ plannedStart: '2026-05-10', plannedEnd: '2026-06-01', successCriteria: 'Two people offer to introduce me' });

  await page.getByRole('button', { name: 'Start running' }).click();
  await expect(page.locator('.page-bar .status-pill')).toHaveText('Running');

  const evidence = page.getByRole('region', { name: 'Evidence' });
  for (const note of ['First meetup: talked to two analysts.', 'Second meetup: gave a lightning talk.']) {
    await evidence.getByRole('textbox', { name: 'Note' }).fill(note);
    await evidence.getByRole('button', { name: 'Log a note' }).click();
    await expect(evidence.getByRole('list', { name: 'Evidence, oldest first' })).toContainText(note);
  }
  await expect(evidence.getByRole('listitem')).toHaveCount(2);
  await expect(evidence.getByRole('listitem').first()).toContainText('First meetup');

  const people = page.getByRole('region', { name: 'People and places' });
  await people.getByRole('button', { name: 'Add a person' }).click();
  await people.getByLabel('Name').fill('Priya Raman');
  await people.getByLabel('Where we met').fill('Data meetup, March');
  await people.getByLabel('What I learned').fill('Analytics teams hire from the community');
  await people.getByLabel('What I can give').fill('Review her workshop slides');
  await people.getByLabel('Follow up on').fill(localCalendarDate());
  await people.getByRole('button', { name: 'Add person' }).click();
  await expect(people.getByRole('list', { name: 'People' })).toContainText('Priya Raman');

  await page.getByRole('button', { name: 'Conclude…' }).click();
  const conclude = page.getByRole('dialog', { name: /Conclude/ });
  await conclude.getByLabel('Learning: what does it change in your strategy?').fill('Teaching at meetups energises me more than analysis');
  await conclude.getByRole('button', { name: 'Conclude experiment' }).click();
  await expect(conclude.getByRole('alert')).toHaveText(/Not concluded: Say what happened \(the outcome\)/);
  // Refused as a move, but the words typed are the experiment's own and are kept.
  await expect
    .poll(async () => callApi<Experiment>(host, 'experiments.get', { id: seeded?.id }))
    .toMatchObject({ status: 'running', learning: 'Teaching at meetups energises me more than analysis' });

  await conclude.getByLabel('Outcome: what happened?').fill('Met five people; two offered intros');
  await conclude.getByRole('button', { name: 'Conclude experiment' }).click();
  await expect(page.getByRole('dialog', { name: 'Concluded' })).toBeVisible();
  await page.getByRole('button', { name: 'Open strategy check-in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Strategy' })).toBeVisible();
  const checkIn = page.getByRole('dialog', { name: 'Save a version' });
  await expect(checkIn.getByLabel('What changed, and why?')).toHaveValue(/Teaching at meetups energises me more than analysis/);
  // Cancel keeps the carried learning as a draft, across a reload too, until it is saved or discarded.
  await checkIn.getByRole('button', { name: 'Cancel' }).click();
  await expect(checkIn).toBeHidden();
  await page.reload();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^Strategy/ }).click();
  await page.getByRole('button', { name: 'Save a version' }).click();
  await expect(checkIn.getByLabel('What changed, and why?')).toHaveValue('Teaching at meetups energises me more than analysis');
  await checkIn.getByRole('button', { name: 'Save version' }).click();
  await expect(checkIn).toBeHidden();
  expect(await callApi<Experiment>(host, 'experiments.get', { id: seeded?.id })).toMatchObject({
    status: 'concluded',
    learning: 'Teaching at meetups energises me more than analysis',
    actualEnd: localCalendarDate(),
  });
  const versions = await callApi<{ items: { changeNote: string }[] }>(host, 'strategy.versions.list', {});
  expect(versions.items.map((version) => version.changeNote)).toEqual([expect.stringContaining('Teaching at meetups energises me')]);

  // The concluded experiment is a range on the timeline: a period ending today lists it with its status.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^Timeline/ }).click();
  await page.getByLabel('From').fill(localCalendarDate(new Date(Date.now() - 30 * 86_400_000)));
  await page.getByLabel('To').fill(localCalendarDate());
  await expect(page.getByRole('list', { name: 'Experiments in this period' })).toContainText('Data meetups in town');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^Journal/ }).click();
  const followUps = page.getByRole('region', { name: 'Follow-ups this week' });
  await expect(followUps).toContainText('Priya Raman');
  await followUps.getByRole('button', { name: /Priya Raman/ }).click();
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue('Data meetups in town');
});

const criteria = { successCriteria: 'A second conversation is booked', stopCriteria: 'Nobody replies in two weeks' };

test('the board moves cards by keyboard, menu and drag, and refuses invalid moves with a clear message', async ({ page, host }) => {
  await callApi(host, 'experiments.create', { title: 'Pottery course', kind: 'course' });
  await callApi(host, 'experiments.create', { title: 'Coffee with a data PM', kind: 'informational_conversation', status: 'planned', ...criteria });
  await callApi(host, 'experiments.create', { title: 'Volunteer at the repair café', kind: 'shadowing' });
  await page.goto(host.url);
  await openExperiments(page);
  const column = (name: string) => page.getByRole('region', { name: new RegExp(`^${name}`) });
  const notice = page.locator('.board-notice-text');

  await column('Planned').getByRole('button', { name: 'Coffee with a data PM', exact: true }).focus();
  await page.keyboard.press('Alt+ArrowRight');
  await expect(notice).toHaveText('Moved “Coffee with a data PM” to Running.');
  await expect(column('Running')).toContainText('Coffee with a data PM');
  // The card is drawn anew in its new column; focus follows it there.
  await expect(column('Running').getByRole('button', { name: 'Coffee with a data PM', exact: true })).toBeFocused();

  await page.getByRole('button', { name: 'Move to… “Pottery course”' }).click();
  await page.getByRole('menuitem', { name: 'Planned' }).click();
  await expect(notice).toHaveText('Moved “Pottery course” to Planned.');
  await expect(column('Planned').getByRole('button', { name: 'Move to… “Pottery course”' })).toBeFocused();
  await page.locator('.board-notice').getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.locator('.board-notice')).toBeHidden();

  await column('Idea').getByRole('listitem').filter({ hasText: 'Volunteer at the repair café' }).dragTo(column('Running'));
  await expect(notice).toHaveText(/“Volunteer at the repair café” stays in Idea: Write the success and stop criteria before starting/);
  await expect(column('Idea')).toContainText('Volunteer at the repair café');
  await column('Idea').getByRole('listitem').filter({ hasText: 'Volunteer at the repair café' }).dragTo(column('Planned'));
  await expect(column('Planned')).toContainText('Volunteer at the repair café');

  await column('Running').getByRole('button', { name: 'Coffee with a data PM', exact: true }).focus();
  await page.keyboard.press('Alt+ArrowRight');
  await page.getByRole('dialog', { name: /Conclude/ }).getByRole('button', { name: 'Cancel' }).click();
  await expect(notice).toHaveText('“Coffee with a data PM” stays in Running.');

  await callApi(host, 'values.create', { label: 'Building' });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^Journal/ }).click();
  await openExperiments(page);
  const whatNext = page.getByRole('complementary', { name: 'What next' });
  await expect(whatNext).toContainText('Building has no experiment and no reflection in the last 30 days');
  await whatNext.getByRole('button', { name: 'Plan one for Building' }).click();
  const dialog = page.getByRole('dialog', { name: 'New experiment' });
  await expect(dialog).toContainText('testing Building');
  await dialog.getByLabel('Title').fill('Weekend furniture build');
  await dialog.getByRole('button', { name: 'Add idea' }).click();
  await expect(page.getByRole('form', { name: 'Experiment details' }).getByLabel('Building')).toBeChecked();
  // The new idea's page opens on the next thing to write, not back on "New experiment".
  await expect(page.getByRole('form', { name: 'Experiment details' }).getByLabel('If I')).toBeFocused();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`board, list and experiment page pass axe (${colorScheme})`, async ({ page, host }) => {
    // Three full axe scans on a shared two-core machine can outlast the default budget.
    test.setTimeout(60_000);
    const running = await callApi<Experiment>(host, 'experiments.create', { title: 'Coffee with a data PM', kind: 'informational_conversation', ...criteria });
    await callApi(host, 'experiments.update', { id: running.id, status: 'running', actualStart: '2026-03-02' });
    await callApi(host, 'experiments.create', { title: 'Pottery course', kind: 'course' });
    await callApi(host, 'experiments.people.create', { experimentId: running.id, name: 'Priya Raman', learned: 'Teams hire from meetups', canGive: 'Slide review', followUpDate: '2026-03-20' });
    await callApi(host, 'reflections.create', { entryDate: '2026-03-03', title: 'First coffee', body: 'Good talk.', experimentIds: [running.id] });
    await page.emulateMedia({ colorScheme });
    await page.goto(host.url);
    await openExperiments(page);
    await expectNoBlockingViolations(page, `board (${colorScheme})`);
    await page.getByRole('button', { name: 'List' }).click();
    await page.getByRole('button', { name: 'Experiment', exact: true }).click();
    await expect(page.getByRole('row').nth(1)).toContainText('Coffee with a data PM');
    await expectNoBlockingViolations(page, `list (${colorScheme})`);
    await page.getByRole('button', { name: 'Coffee with a data PM' }).click();
    await expect(page.getByRole('list', { name: 'Evidence, oldest first' })).toContainText('First coffee');
    await expectNoBlockingViolations(page, `experiment page (${colorScheme})`);
  });
}

test('a move’s notice goes away by itself after a few seconds', async ({ page, host }) => {
  await page.clock.install();
  await callApi(host, 'experiments.create', { title: 'Coffee with a data PM', kind: 'informational_conversation', status: 'planned', ...criteria });
  await page.goto(host.url);
  await openExperiments(page);
  await page.getByRole('button', { name: 'Coffee with a data PM', exact: true }).focus();
  await page.keyboard.press('Alt+ArrowRight');
  const notice = page.locator('.board-notice-text');
  await expect(notice).toHaveText('Moved “Coffee with a data PM” to Running.');
  await expect(page.locator('.board-notice')).toBeVisible();
  await page.clock.fastForward(11_000);
  await expect(page.locator('.board-notice')).toBeHidden();
  // Still said to a screen reader: the words stay in the live region, only the banner goes.
  await expect(notice).toHaveText('Moved “Coffee with a data PM” to Running.');
});
