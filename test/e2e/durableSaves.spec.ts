// Every editable surface keeps what was typed: the page closed within 100 ms of the last keystroke, or the host killed
// (SIGKILL) a second after it, and on reopening every character is there. One table, two ways of losing the page.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { makeDataDir, startHost, type HostProcess } from './support/host';
import { callApi } from './support/api';
import { expect, test } from './support/fixtures';

/** Typed with real keystrokes; the non-ASCII characters prove the words travel intact. */
const TYPED = 'Kept words — café 42';
/** After the seeded experiment's actual start, so the core accepts it as the end. */
const CONCLUDED_ON = '2030-02-03';

interface Seeded {
  experimentId: string;
  valueLabel: string;
  personName: string;
  placeName: string;
  promptText: string;
  reflectionTitle: string;
  tagName: string;
}

interface Surface {
  name: string;
  /** Runs after the rows are seeded, before the page opens (to stand the journal at a first-run step). */
  prepare?(host: HostProcess): Promise<unknown>;
  /** Brings the surface on screen (again after reopening) and returns the field typed into. */
  open(page: Page, seeded: Seeded): Promise<Locator>;
  /** Defaults to clearing the field and typing TYPED into it; returns what `expectKept` expects. */
  type?(page: Page, field: Locator, host: HostProcess, seeded: Seeded): Promise<unknown>;
  /** Defaults to the field holding exactly TYPED. */
  expectKept?(field: Locator, host: HostProcess, typed: unknown): Promise<void>;
}

const nav = (page: Page, view: RegExp) => page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: view }).click();

const experimentTitle = (seeded: Seeded) => `Durable ${seeded.experimentId.slice(0, 8)}`;

async function openExperiment(page: Page, seeded: Seeded) {
  await nav(page, /^Experiments/);
  // Once retitled, the experiment's button carries the typed words too.
  await page.getByRole('button', { name: new RegExp(`^${experimentTitle(seeded)}( ${TYPED})?$`) }).click();
  const form = page.getByRole('form', { name: 'Experiment details' });
  await expect(form).toBeVisible();
  return form;
}

/** Appends to what a field holds, so the row's own name (which finds it again) stays. */
async function append(page: Page, field: Locator) {
  await field.click();
  await page.keyboard.press('End');
  await page.keyboard.type(` ${TYPED}`);
}

/** A row for one field of the experiment page, typed as the default does. */
function experimentField(name: string, label: string): Surface {
  return {
    name: `an experiment’s ${name}`,
    async open(page, seeded) {
      // Not exact: a label around a text field names it with the words it holds too.
      return (await openExperiment(page, seeded)).getByLabel(label);
    },
  };
}

/** What the check-in carries from a concluded experiment. */
const DURABLE_PASSPHRASE = 'durable saves passphrase 42';
const LEARNING = 'Teaching at meetups energises me — café 42';

async function openStrategy(page: Page) {
  await nav(page, /^Strategy/);
  await expect(page.getByRole('heading', { level: 1, name: 'Strategy' })).toBeVisible();
}

async function openPrompts(page: Page) {
  await nav(page, /^Journal/);
  await page.getByRole('button', { name: 'Start from a prompt' }).first().click();
  return page.getByRole('dialog');
}

const people = (page: Page) => page.getByRole('region', { name: 'People and places' });

const syncPanel = async (page: Page) => {
  await nav(page, /^Settings/);
  return page.getByRole('region', { name: 'Sync between computers' });
};
const syncState = async (host: HostProcess) => (await callApi<{ state: string }>(host, 'sync.status')).state;
/** Sync folders the rows made, removed after the table. */
const syncFolders: string[] = [];

type Layout = { circles: { valueId: string; x: number }[] };
const firstCircleX = async (host: HostProcess) => (await callApi<{ layout: Layout }>(host, 'strategy.get')).layout.circles[0]?.x;

const surfaces: Surface[] = [
  {
    name: 'a reflection',
    async open(page, seeded) {
      await nav(page, /^Journal/);
      await page.getByRole('list', { name: 'Reflections, newest first' }).getByRole('button', { name: new RegExp(seeded.reflectionTitle) }).click();
      return page.getByLabel('Reflection', { exact: true });
    },
    expectKept: (field) => expect(field).toHaveText(TYPED),
  },
  {
    name: 'the aspiration',
    async open(page) {
      await openStrategy(page);
      return page.getByLabel('The work you find most gratifying');
    },
  },
  {
    name: 'the strengths',
    async open(page) {
      await openStrategy(page);
      return page.getByLabel('Strengths it draws on');
    },
  },
  {
    name: 'the impact',
    async open(page) {
      await openStrategy(page);
      return page.getByLabel('Impact it has');
    },
  },
  {
    name: 'the Venn layout',
    async open(page) {
      await openStrategy(page);
      return page.locator('.venn-circle-group').first();
    },
    async type(page, field, host) {
      // The first layout is saved as the view opens; the moves are measured from it.
      await expect.poll(() => firstCircleX(host)).toBeDefined();
      const before = (await firstCircleX(host)) as number;
      await field.focus();
      for (let i = 0; i < 5; i += 1) await page.keyboard.press('ArrowRight');
      return before + 5 * 4;
    },
    async expectKept(_field, host, moved) {
      expect(await firstCircleX(host)).toBe(moved);
    },
  },
  {
    name: 'a value’s description',
    async open(page, seeded) {
      await openStrategy(page);
      await page.getByRole('button', { name: `Edit ${seeded.valueLabel}` }).click();
      return page.getByLabel('What it means to you');
    },
  },
  {
    name: 'a value’s label',
    async open(page, seeded) {
      await openStrategy(page);
      // Once renamed, the value's edit button carries the typed words too.
      await page.getByRole('button', { name: new RegExp(`^Edit ${seeded.valueLabel}( ${TYPED})?$`) }).click();
      return page.getByLabel('Label', { exact: true });
    },
    async type(page, field) {
      await field.click();
      await page.keyboard.press('End');
      await page.keyboard.type(` ${TYPED}`);
    },
    expectKept: (field) => expect(field).toHaveValue(new RegExp(`^Teaching \\S+ ${TYPED}$`), { timeout: 1_000 }),
  },
  {
    name: 'a value being named',
    async open(page) {
      await openStrategy(page);
      return page.getByLabel('New value, as a verb');
    },
  },
  {
    name: 'an experiment’s outcome',
    async open(page, seeded) {
      await openExperiment(page, seeded);
      return page.getByRole('form', { name: 'Experiment details' }).getByLabel('Outcome: what happened');
    },
  },
  {
    name: 'the conclude dialog’s end date and ratings',
    async open(page, seeded) {
      await openExperiment(page, seeded);
      await page.getByRole('button', { name: 'Conclude…' }).click();
      return page.getByRole('dialog', { name: /^Conclude/ }).getByLabel('Ended on');
    },
    async type(page, field) {
      const dialog = page.getByRole('dialog', { name: /^Conclude/ });
      await dialog.getByLabel('Energy').selectOption('4');
      await dialog.getByLabel('Engagement').selectOption('2');
      await field.fill(CONCLUDED_ON);
    },
    async expectKept(field) {
      const dialog = field.page().getByRole('dialog', { name: /^Conclude/ });
      await expect(field).toHaveValue(CONCLUDED_ON, { timeout: 1_000 });
      await expect(dialog.getByLabel('Energy')).toHaveValue('4', { timeout: 1_000 });
      await expect(dialog.getByLabel('Engagement')).toHaveValue('2', { timeout: 1_000 });
    },
  },
  {
    name: 'the draft of a new experiment',
    async open(page) {
      await nav(page, /^Experiments/);
      await page.getByRole('button', { name: 'New experiment' }).click();
      return page.getByRole('dialog', { name: 'New experiment' }).getByLabel('Title');
    },
  },
  {
    name: 'an evidence note',
    async open(page, seeded) {
      await openExperiment(page, seeded);
      return page.getByRole('region', { name: 'Evidence' }).getByRole('textbox', { name: 'Note' });
    },
  },
  {
    name: 'a new person',
    async open(page, seeded) {
      await openExperiment(page, seeded);
      await people(page).getByRole('button', { name: 'Add a person' }).click();
      return people(page).getByLabel('What I learned');
    },
  },
  {
    name: 'a person met',
    async open(page, seeded) {
      await openExperiment(page, seeded);
      await people(page).getByRole('button', { name: `Edit ${seeded.personName}` }).click();
      return people(page).getByLabel('What I can give');
    },
  },
  {
    name: 'a new place',
    async open(page, seeded) {
      await openExperiment(page, seeded);
      await people(page).getByRole('button', { name: 'Add a place' }).click();
      return people(page).getByLabel('Notes');
    },
  },
  {
    name: 'a new prompt',
    async open(page) {
      return (await openPrompts(page)).getByRole('textbox', { name: 'Question' });
    },
  },
  {
    name: 'one of my prompts',
    async open(page, seeded) {
      const picker = await openPrompts(page);
      await picker.getByRole('button', { name: `Edit prompt: ${seeded.promptText}` }).click();
      return picker.getByLabel('Prompt text');
    },
    async type(page, field) {
      await field.click();
      await page.keyboard.press('Control+End');
      await page.keyboard.type(` ${TYPED}`);
    },
    expectKept: (field) => expect(field).toHaveValue(/^Durable prompt \S+ Kept words — café 42$/),
  },
  {
    name: 'a value’s colour',
    async open(page, seeded) {
      await openStrategy(page);
      await page.getByRole('button', { name: `Edit ${seeded.valueLabel}` }).click();
      return page.getByRole('form', { name: `Edit ${seeded.valueLabel}` }).getByRole('radio', { name: 'Clay' });
    },
    async type(_page, field) {
      await expect(field).not.toBeChecked();
      await field.check();
    },
    expectKept: (field) => expect(field).toBeChecked({ timeout: 1_000 }),
  },
  {
    name: 'a place visited',
    async open(page, seeded) {
      await openExperiment(page, seeded);
      await people(page).getByRole('button', { name: `Edit ${seeded.placeName}` }).click();
      return people(page).getByRole('form', { name: `Edit ${seeded.placeName}` }).getByLabel('Notes');
    },
  },
  {
    name: 'an experiment’s title',
    async open(page, seeded) {
      return (await openExperiment(page, seeded)).getByLabel('Title', { exact: true });
    },
    async type(page, field, _host, seeded) {
      await append(page, field);
      return `${experimentTitle(seeded)} ${TYPED}`;
    },
    expectKept: (field, _host, typed) => expect(field).toHaveValue(typed as string, { timeout: 1_000 }),
  },
  {
    name: 'an experiment’s hypothesis',
    async open(page, seeded) {
      return (await openExperiment(page, seeded)).getByLabel('If I');
    },
  },
  experimentField('success criteria', 'Success looks like'),
  experimentField('stop-if criteria', 'Stop if'),
  experimentField('learning', 'Learning: what it changes in my strategy'),
  {
    name: 'an experiment’s values, kind and ratings',
    async open(page, seeded) {
      return (await openExperiment(page, seeded)).getByRole('checkbox', { name: seeded.valueLabel, exact: true });
    },
    async type(page, field) {
      const form = page.getByRole('form', { name: 'Experiment details' });
      await form.getByLabel('Kind').selectOption('course');
      await form.getByLabel('Energy').selectOption('4');
      await form.getByLabel('Engagement').selectOption('2');
      await field.check();
    },
    async expectKept(field) {
      const form = field.page().getByRole('form', { name: 'Experiment details' });
      await expect(field).toBeChecked({ timeout: 1_000 });
      await expect(form.getByLabel('Kind')).toHaveValue('course', { timeout: 1_000 });
      await expect(form.getByLabel('Energy')).toHaveValue('4', { timeout: 1_000 });
      await expect(form.getByLabel('Engagement')).toHaveValue('2', { timeout: 1_000 });
    },
  },
  {
    name: 'an experiment’s dates',
    async open(page, seeded) {
      return (await openExperiment(page, seeded)).getByRole('group', { name: 'Dates' });
    },
    async type(_page, dates) {
      await dates.getByLabel('Planned start').fill('2030-01-02');
      await dates.getByLabel('Planned end').fill('2030-03-01');
      await dates.getByLabel('Actual start').fill('2030-01-03');
      await dates.getByLabel('Actual end').fill(CONCLUDED_ON);
    },
    async expectKept(dates) {
      await expect(dates.getByLabel('Planned start')).toHaveValue('2030-01-02', { timeout: 1_000 });
      await expect(dates.getByLabel('Planned end')).toHaveValue('2030-03-01', { timeout: 1_000 });
      await expect(dates.getByLabel('Actual start')).toHaveValue('2030-01-03', { timeout: 1_000 });
      await expect(dates.getByLabel('Actual end')).toHaveValue(CONCLUDED_ON, { timeout: 1_000 });
    },
  },
  {
    name: 'the conclude dialog’s outcome and learning',
    async open(page, seeded) {
      await openExperiment(page, seeded);
      await page.getByRole('button', { name: 'Conclude…' }).click();
      return page.getByRole('dialog', { name: /^Conclude/ }).getByLabel('Learning: what does it change in your strategy?');
    },
    async type(page, field) {
      const dialog = page.getByRole('dialog', { name: /^Conclude/ });
      await dialog.getByLabel('Outcome: what happened?').fill(`Outcome ${TYPED}`);
      await field.click();
      await page.keyboard.type(TYPED);
    },
    async expectKept(field) {
      const dialog = field.page().getByRole('dialog', { name: /^Conclude/ });
      await expect(field).toHaveValue(TYPED, { timeout: 1_000 });
      await expect(dialog.getByLabel('Outcome: what happened?')).toHaveValue(`Outcome ${TYPED}`, { timeout: 1_000 });
    },
  },
  {
    name: 'the drop dialog’s reason',
    async open(page, seeded) {
      await openExperiment(page, seeded);
      await page.getByRole('button', { name: 'Drop…' }).click();
      return page.getByRole('dialog', { name: /^Drop/ }).getByLabel('Reason for dropping');
    },
  },
  {
    name: 'a reflection’s title',
    async open(page, seeded) {
      await nav(page, /^Journal/);
      await page.getByRole('list', { name: 'Reflections, newest first' }).getByRole('button', { name: new RegExp(seeded.reflectionTitle) }).click();
      return page.getByRole('form', { name: 'Edit reflection' }).getByLabel('Title', { exact: true });
    },
    async type(page, field, _host, seeded) {
      await append(page, field);
      return `${seeded.reflectionTitle} ${TYPED}`;
    },
    expectKept: (field, _host, typed) => expect(field).toHaveValue(typed as string, { timeout: 1_000 }),
  },
  {
    name: 'a reflection’s tags, values and ratings',
    async open(page, seeded) {
      await nav(page, /^Journal/);
      await page.getByRole('list', { name: 'Reflections, newest first' }).getByRole('button', { name: new RegExp(seeded.reflectionTitle) }).click();
      return page.getByRole('region', { name: 'About this entry' });
    },
    async type(page, details, _host, seeded) {
      await details.getByLabel('Add a tag').fill('café-42');
      await page.keyboard.press('Enter');
      await details.getByRole('button', { name: seeded.valueLabel }).click();
      await details.getByRole('radio', { name: /^Energy 4 of 5/ }).check();
      return seeded.valueLabel;
    },
    async expectKept(details, _host, valueLabel) {
      await expect(details.getByRole('list', { name: 'Tags on this entry' })).toContainText('café-42', { timeout: 1_000 });
      await expect(details.getByRole('button', { name: valueLabel as string })).toHaveAttribute('aria-pressed', 'true', { timeout: 1_000 });
      await expect(details.getByRole('radio', { name: /^Energy 4 of 5/ })).toBeChecked({ timeout: 1_000 });
    },
  },
  {
    name: 'a tag typed but not yet added',
    async open(page, seeded) {
      await nav(page, /^Journal/);
      await page.getByRole('list', { name: 'Reflections, newest first' }).getByRole('button', { name: new RegExp(seeded.reflectionTitle) }).click();
      return page.getByRole('region', { name: 'About this entry' }).getByLabel('Add a tag');
    },
    async type(page, field) {
      await field.click();
      await page.keyboard.type('half-typed tag');
      return 'half-typed tag';
    },
    expectKept: (field, _host, typed) => expect(field).toHaveValue(typed as string, { timeout: 1_000 }),
  },
  {
    name: 'a tag’s new name in Manage tags, not yet applied',
    async open(page, seeded) {
      await nav(page, /^Journal/);
      await page.getByRole('button', { name: 'Manage tags' }).click();
      return page.getByRole('dialog', { name: 'Manage tags' }).getByLabel(`Name of tag ${seeded.tagName}`);
    },
    async type(page, field, _host, seeded) {
      await field.click();
      await page.keyboard.press('Control+A');
      await page.keyboard.type(`renamed ${seeded.tagName}`);
      return `renamed ${seeded.tagName}`;
    },
    expectKept: (field, _host, typed) => expect(field).toHaveValue(typed as string, { timeout: 1_000 }),
  },
  {
    name: 'a setting (backups to keep)',
    async open(page) {
      await nav(page, /^Settings/);
      // Anchored: Journal's "What is worth keeping from today?" card also has "keep" in its name, and a locator that
      // matched it before Settings had rendered sent the keystrokes nowhere.
      return page.getByLabel(/^Keep/);
    },
    async type(page, field) {
      await field.click();
      await page.keyboard.press('Control+A');
      await page.keyboard.type('12');
    },
    expectKept: (field) => expect(field).toHaveValue('12', { timeout: 1_000 }),
  },
  {
    name: 'a setting (check-in days)',
    async open(page) {
      await nav(page, /^Settings/);
      return page.getByLabel(/^Suggest a check-in after/);
    },
    async type(page, field) {
      await field.click();
      await page.keyboard.press('Control+A');
      await page.keyboard.type('21');
    },
    expectKept: (field) => expect(field).toHaveValue('21', { timeout: 1_000 }),
  },
  {
    name: 'the kind in the draft of a new experiment',
    async open(page) {
      await nav(page, /^Experiments/);
      await page.getByRole('button', { name: 'New experiment' }).click();
      return page.getByRole('dialog', { name: 'New experiment' }).getByLabel('Kind');
    },
    async type(_page, field) {
      // The draft is one per journal: each row picks a kind other than the one the last row left.
      const kind = (await field.inputValue()) === 'course' ? 'side_project' : 'course';
      await field.selectOption(kind);
      return kind;
    },
    expectKept: (field, _host, kind) => expect(field).toHaveValue(kind as string, { timeout: 1_000 }),
  },
  {
    name: 'a new prompt’s group',
    async open(page) {
      return (await openPrompts(page)).getByRole('combobox', { name: 'Its group' });
    },
  },
  {
    name: 'a reflection’s date',
    async open(page, seeded) {
      await nav(page, /^Journal/);
      await page.getByRole('list', { name: 'Reflections, newest first' }).getByRole('button', { name: new RegExp(seeded.reflectionTitle) }).click();
      return page.getByRole('form', { name: 'Edit reflection' }).getByLabel('Entry date');
    },
    async type(_page, field) {
      await field.fill('2030-01-05');
    },
    expectKept: (field) => expect(field).toHaveValue('2030-01-05', { timeout: 1_000 }),
  },
  {
    name: 'the version check-in note',
    async open(page) {
      await openStrategy(page);
      await page.getByRole('button', { name: 'Save a version' }).click();
      return page.getByRole('dialog', { name: 'Save a version' }).getByLabel('What changed, and why?');
    },
  },
  {
    name: 'the check-in carrying a concluded experiment’s learning, after Cancel',
    async open(page) {
      await openStrategy(page);
      await page.getByRole('button', { name: 'Save a version' }).click();
      return page.getByRole('dialog', { name: 'Save a version' }).getByLabel('What changed, and why?');
    },
    async type(page, _field, _host, seeded) {
      // The check-in note is one draft: start from none, so the carried learning is all it holds.
      const checkIn = page.getByRole('dialog', { name: 'Save a version' });
      if (await checkIn.getByRole('button', { name: 'Discard note' }).isVisible()) await checkIn.getByRole('button', { name: 'Discard note' }).click();
      await checkIn.getByRole('button', { name: 'Cancel' }).click();
      await openExperiment(page, seeded);
      await page.getByRole('button', { name: 'Conclude…' }).click();
      const conclude = page.getByRole('dialog', { name: /^Conclude/ });
      await conclude.getByLabel('Ended on').fill(CONCLUDED_ON);
      await conclude.getByLabel('Outcome: what happened?').fill('Met five people');
      await conclude.getByLabel('Learning: what does it change in your strategy?').fill(LEARNING);
      await conclude.getByRole('button', { name: 'Conclude experiment' }).click();
      await page.getByRole('dialog', { name: 'Concluded' }).getByRole('button', { name: 'Open strategy check-in' }).click();
      await expect(checkIn.getByLabel('What changed, and why?')).toHaveValue(LEARNING);
      await checkIn.getByRole('button', { name: 'Cancel' }).click();
      return LEARNING;
    },
    expectKept: (field) => expect(field).toHaveValue(LEARNING, { timeout: 1_000 }),
  },
  {
    name: 'the sync set-up form’s folder',
    async prepare(host) {
      if ((await syncState(host)) !== 'off') await callApi(host, 'sync.stop');
    },
    async open(page) {
      return (await syncPanel(page)).getByLabel('Sync folder (its whole path)');
    },
  },
  {
    name: 'this computer’s name for sync',
    async prepare(host) {
      if ((await syncState(host)) !== 'off') return;
      const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'cairn-e2e-sync-'));
      syncFolders.push(folder);
      await callApi(host, 'sync.setUp', { mode: 'start', folder, deviceName: 'Laptop', passphrase: 'a long sync secret' });
    },
    async open(page) {
      return (await syncPanel(page)).getByLabel('This computer’s name');
    },
  },
  {
    name: 'the first-run reflection',
    prepare: (host) => callApi(host, 'settings.set', { key: 'firstRun', value: { state: 'pending', step: 4 } }),
    async open(page) {
      await expect(page.getByRole('heading', { level: 1, name: 'Your first reflection' })).toBeVisible();
      return page.getByLabel('Your reflection');
    },
  },
  {
    name: 'the first-run version note',
    prepare: (host) => callApi(host, 'settings.set', { key: 'firstRun', value: { state: 'pending', step: 5 } }),
    async open(page) {
      await expect(page.getByRole('heading', { level: 1, name: 'Save your first version' })).toBeVisible();
      return page.getByLabel('What this version is');
    },
  },
  // Last in the table: it encrypts the journal, so a restarted host opens locked; unlocking here leaves it open after.
  {
    name: 'a setting (auto-lock minutes, in an encrypted journal)',
    async prepare(host) {
      const status = await callApi<{ encrypted: boolean }>(host, 'security.status', {});
      if (!status.encrypted) await callApi(host, 'security.setPassphrase', { passphrase: DURABLE_PASSPHRASE });
    },
    async open(page) {
      const main = page.getByRole('navigation', { name: 'Main' });
      const unlock = page.getByRole('heading', { name: 'Your journal is locked' });
      await expect(main.or(unlock).first()).toBeVisible();
      if (await unlock.isVisible()) {
        await page.getByLabel('Passphrase').fill(DURABLE_PASSPHRASE);
        await page.getByRole('button', { name: 'Unlock' }).click();
      }
      await nav(page, /^Settings/);
      return page.getByLabel(/^Lock after/);
    },
    async type(page, field) {
      await field.click();
      await page.keyboard.press('Control+A');
      await page.keyboard.type('45');
    },
    expectKept: (field) => expect(field).toHaveValue('45', { timeout: 1_000 }),
  },
];

async function seed(host: HostProcess): Promise<Seeded> {
  const tag = Math.random().toString(36).slice(2, 8);
  const value = await callApi<{ label: string }>(host, 'values.create', { label: `Teaching ${tag}` });
  const experiment = await callApi<{ id: string }>(host, 'experiments.create', {
    title: 'Durable',
    kind: 'networking',
    successCriteria: 'Two introductions',
    stopCriteria: 'Three draining evenings',
  });
  // Running, so the page offers the evidence note and the outcome.
  await callApi(host, 'experiments.update', { id: experiment.id, title: `Durable ${experiment.id.slice(0, 8)}`, status: 'planned' });
  await callApi(host, 'experiments.update', { id: experiment.id, status: 'running', actualStart: '2030-01-01' });
  const person = await callApi<{ name: string }>(host, 'experiments.people.create', { experimentId: experiment.id, name: `Ana ${tag}` });
  const place = await callApi<{ name: string }>(host, 'experiments.places.create', { experimentId: experiment.id, name: `Data meetup ${tag}` });
  const prompt = await callApi<{ text: string }>(host, 'prompts.create', { group: 'Mine', text: `Durable prompt ${tag}` });
  const reflectionTitle = `Durable reflection ${tag}`;
  await callApi(host, 'reflections.create', { entryDate: '2030-01-01', title: reflectionTitle, body: '' });
  const tagName = `durable-${tag}`;
  await callApi(host, 'reflections.create', { entryDate: '2029-01-01', title: `Tagged ${tag}`, body: 'Tagged', tags: [tagName] });
  // Rows that stand at a first-run step leave it there; every other row starts past it.
  await callApi(host, 'settings.set', { key: 'firstRun', value: { state: 'done', step: 0 } });
  return { experimentId: experiment.id, valueLabel: value.label, personName: person.name, placeName: place.name, promptText: prompt.text, reflectionTitle, tagName };
}

async function typeInto(surface: Surface, page: Page, field: Locator, host: HostProcess, seeded: Seeded): Promise<unknown> {
  if (surface.type) return surface.type(page, field, host, seeded);
  await field.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(TYPED);
  return TYPED;
}

/** Reopens the app until what was sent as the page closed has arrived, then checks every character. */
async function expectKeptAfterReopen(surface: Surface, page: Page, host: HostProcess, seeded: Seeded, typed: unknown) {
  await expect(async () => {
    // A real load each time: once the app has taken the token out of the address, going to host.url again would only
    // change the fragment and leave the page as it was.
    await page.goto('about:blank');
    await page.goto(host.url);
    const field = await surface.open(page, seeded);
    await (surface.expectKept ?? ((kept) => expect(kept).toHaveValue(TYPED, { timeout: 1_000 })))(field, host, typed);
  }).toPass({ timeout: 15_000 });
}

// One host for the whole table (restarted after each kill), each surface seeding rows of its own.
test.describe.configure({ mode: 'serial' });
let host: HostProcess;
let dataDir: string;
test.beforeAll(async () => {
  dataDir = makeDataDir();
  host = await startHost(dataDir);
});
test.afterAll(async () => {
  await host.stop();
  for (const folder of syncFolders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

for (const surface of surfaces) {
  test(`${surface.name} survives the page closing within 100 ms of the last keystroke`, async ({ context }) => {
    const seeded = await seed(host);
    await surface.prepare?.(host);
    const page = await context.newPage();
    await page.goto(host.url);
    const typed = await typeInto(surface, page, await surface.open(page, seeded), host, seeded);
    await page.close();
    await expectKeptAfterReopen(surface, await context.newPage(), host, seeded, typed);
  });

  test(`${surface.name} survives the host killed a second after the last keystroke`, async ({ page }) => {
    const seeded = await seed(host);
    await surface.prepare?.(host);
    await page.goto(host.url);
    const typed = await typeInto(surface, page, await surface.open(page, seeded), host, seeded);
    await page.waitForTimeout(1_000);
    await host.stop('SIGKILL');
    host = await startHost(dataDir);
    await expectKeptAfterReopen(surface, page, host, seeded, typed);
  });
}

test('the carried learning stays in the check-in until the person discards it', async ({ page }) => {
  await callApi(host, 'settings.set', { key: 'firstRun', value: { state: 'done', step: 0 } });
  await callApi(host, 'drafts.save', { key: 'check-in', fields: { note: LEARNING } });
  const openCheckIn = async () => {
    await page.goto('about:blank');
    await page.goto(host.url);
    await openStrategy(page);
    await page.getByRole('button', { name: 'Save a version' }).click();
    return page.getByRole('dialog', { name: 'Save a version' });
  };
  let checkIn = await openCheckIn();
  await expect(checkIn.getByLabel('What changed, and why?')).toHaveValue(LEARNING);
  await checkIn.getByRole('button', { name: 'Discard note' }).click();
  await expect(checkIn.getByLabel('What changed, and why?')).toHaveValue('');
  checkIn = await openCheckIn();
  await expect(checkIn.getByLabel('What changed, and why?')).toHaveValue('');
});
