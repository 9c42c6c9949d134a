// An edit the core refuses (an end before the start, a control character pasted into text) is kept with the core's
// message, through a reload, until the person fixes it or discards it: on the experiment page, the strategy's text and
// a person's form alike.
import type { Page } from '@playwright/test';
import { callApi } from './support/api';
import type { HostProcess } from './support/host';
import { expect, test } from './support/fixtures';

const REFUSAL = /Not saved — The actual end is before the actual start/;

async function seedRunning(host: HostProcess): Promise<string> {
  const experiment = await callApi<{ id: string }>(host, 'experiments.create', {
    title: 'Refused dates',
    kind: 'networking',
    successCriteria: 'Two introductions',
    stopCriteria: 'Three draining evenings',
  });
  await callApi(host, 'experiments.update', { id: experiment.id, status: 'planned' });
  await callApi(host, 'experiments.update', { id: experiment.id, status: 'running', actualStart: '2030-01-10' });
  return experiment.id;
}

/** Opens the app afresh (leaving the page first, so it reloads) on the experiment's page. */
async function openExperiment(page: Page, host: HostProcess) {
  await page.goto('about:blank');
  await page.goto(host.url);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^Experiments/ }).click();
  await page.getByRole('button', { name: 'Refused dates', exact: true }).click();
  return page.getByRole('form', { name: 'Experiment details' });
}

test('a refused end date is kept with the core’s message through a reload, then fixed', async ({ page, host }) => {
  const id = await seedRunning(host);
  let form = await openExperiment(page, host);
  await form.getByLabel('Actual end').fill('2030-01-05');
  await expect(form.getByRole('status')).toHaveText(REFUSAL);

  form = await openExperiment(page, host);
  await expect(form.getByLabel('Actual end')).toHaveValue('2030-01-05');
  await expect(form.getByRole('status')).toHaveText(REFUSAL);

  await form.getByLabel('Actual end').fill('2030-01-15');
  await expect(form.getByRole('status')).toHaveText('Saved');
  await expect.poll(async () => (await callApi<{ actualEnd: string | null }>(host, 'experiments.get', { id })).actualEnd).toBe('2030-01-15');
  form = await openExperiment(page, host);
  await expect(form.getByLabel('Actual end')).toHaveValue('2030-01-15');
  await expect(form.getByRole('status')).toHaveText('Saved');
});

test('a refused end date can be discarded, and stays discarded after a reload', async ({ page, host }) => {
  await seedRunning(host);
  let form = await openExperiment(page, host);
  await form.getByLabel('Actual end').fill('2030-01-05');
  await expect(form.getByRole('status')).toHaveText(REFUSAL);
  await form.getByRole('button', { name: 'Discard this change' }).click();
  await expect(form.getByLabel('Actual end')).toHaveValue('');
  await expect(form.getByRole('status')).toHaveText('Saved');

  form = await openExperiment(page, host);
  await expect(form.getByLabel('Title', { exact: true })).toHaveValue('Refused dates');
  await expect(form.getByLabel('Actual end')).toHaveValue('');
  await expect(form.getByRole('status')).toHaveText('Saved');
});

/** Pasted from elsewhere with a bell character in it, which no text in Cairn may hold. */
const PASTED = 'Teaching \u0007 at meetups';
const CONTROL_REFUSAL = /^Not saved — .*control characters/;

test('a refused aspiration is kept with the core’s message through a reload, then discarded', async ({ page, host }) => {
  await callApi(host, 'strategy.save', { aspiration: 'Stored words' });
  const openStrategy = async () => {
    await page.goto('about:blank');
    await page.goto(host.url);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^Strategy/ }).click();
    return { field: page.getByLabel('The work you find most gratifying'), status: page.locator('.aspiration-save-status') };
  };
  let { field, status } = await openStrategy();
  await expect(field).toHaveValue('Stored words');
  await field.fill(PASTED);
  await expect(status).toHaveText(CONTROL_REFUSAL);

  ({ field, status } = await openStrategy());
  await expect(field).toHaveValue(PASTED);
  await expect(status).toHaveText(CONTROL_REFUSAL);
  await page.getByRole('button', { name: 'Discard this change' }).click();
  await expect(field).toHaveValue('Stored words');
  await expect(status).toHaveText('Saved');

  ({ field, status } = await openStrategy());
  await expect(field).toHaveValue('Stored words');
  await expect(status).toHaveText('Saved');
});

test('a refused note on a person is kept through a reload, then fixed', async ({ page, host }) => {
  const id = await seedRunning(host);
  const person = await callApi<{ id: string }>(host, 'experiments.people.create', { experimentId: id, name: 'Ana Silva', notes: 'Met at the meetup' });
  const openPerson = async () => {
    await openExperiment(page, host);
    const people = page.getByRole('region', { name: 'People and places' });
    await people.getByRole('button', { name: 'Edit Ana Silva' }).click();
    const form = people.getByRole('form', { name: 'Edit Ana Silva' });
    return { notes: form.getByLabel('Notes'), status: form.getByRole('status') };
  };
  let { notes, status } = await openPerson();
  await notes.fill(PASTED);
  await expect(status).toHaveText(CONTROL_REFUSAL);

  ({ notes, status } = await openPerson());
  await expect(notes).toHaveValue(PASTED);
  await expect(status).toHaveText(CONTROL_REFUSAL);
  await notes.fill('Teaching at meetups');
  await expect(status).toHaveText('Saved');
  await expect
    .poll(async () => (await callApi<{ people: { id: string; notes: string }[] }>(host, 'experiments.get', { id })).people.find((p) => p.id === person.id)?.notes)
    .toBe('Teaching at meetups');

  ({ notes, status } = await openPerson());
  await expect(notes).toHaveValue('Teaching at meetups');
  await expect(status).toHaveText('Saved');
});
