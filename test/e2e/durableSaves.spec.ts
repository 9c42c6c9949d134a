// Every editable surface keeps what was typed: the page closed within 100 ms of the last keystroke, or the host killed
// (SIGKILL) a second after it, and on reopening every character is there. One table, two ways of losing the page.
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
  promptText: string;
  reflectionTitle: string;
}

interface Surface {
  name: string;
  /** Brings the surface on screen (again after reopening) and returns the field typed into. */
  open(page: Page, seeded: Seeded): Promise<Locator>;
  /** Defaults to clearing the field and typing TYPED into it. */
  type?(page: Page, field: Locator, host: HostProcess): Promise<unknown>;
  /** Defaults to the field holding exactly TYPED. */
  expectKept?(field: Locator, host: HostProcess, typed: unknown): Promise<void>;
}

const nav = (page: Page, view: RegExp) => page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: view }).click();

async function openExperiment(page: Page, seeded: Seeded) {
  await nav(page, /^Experiments/);
  await page.getByRole('button', { name: `Durable ${seeded.experimentId.slice(0, 8)}`, exact: true }).click();
  await expect(page.getByRole('form', { name: 'Experiment details' })).toBeVisible();
}

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
    name: 'a setting (backups to keep)',
    async open(page) {
      await nav(page, /^Settings/);
      return page.getByLabel('Keep');
    },
    async type(page, field) {
      await field.click();
      await page.keyboard.press('Control+A');
      await page.keyboard.type('12');
    },
    expectKept: (field) => expect(field).toHaveValue('12', { timeout: 1_000 }),
  },
  {
    name: 'the version check-in note',
    async open(page) {
      await openStrategy(page);
      await page.getByRole('button', { name: 'Save a version' }).click();
      return page.getByRole('dialog', { name: 'Save a version' }).getByLabel('What changed, and why?');
    },
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
  const prompt = await callApi<{ text: string }>(host, 'prompts.create', { group: 'Mine', text: `Durable prompt ${tag}` });
  const reflectionTitle = `Durable reflection ${tag}`;
  await callApi(host, 'reflections.create', { entryDate: '2030-01-01', title: reflectionTitle, body: '' });
  return { experimentId: experiment.id, valueLabel: value.label, personName: person.name, promptText: prompt.text, reflectionTitle };
}

async function typeInto(surface: Surface, page: Page, field: Locator, host: HostProcess): Promise<unknown> {
  if (surface.type) return surface.type(page, field, host);
  await field.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(TYPED);
  return TYPED;
}

/** Reopens the app until what was sent as the page closed has arrived, then checks every character. */
async function expectKeptAfterReopen(surface: Surface, page: Page, host: HostProcess, seeded: Seeded, typed: unknown) {
  await expect(async () => {
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
test.afterAll(async () => host.stop());

for (const surface of surfaces) {
  test(`${surface.name} survives the page closing within 100 ms of the last keystroke`, async ({ context }) => {
    const seeded = await seed(host);
    const page = await context.newPage();
    await page.goto(host.url);
    const typed = await typeInto(surface, page, await surface.open(page, seeded), host);
    await page.close();
    await expectKeptAfterReopen(surface, await context.newPage(), host, seeded, typed);
  });

  test(`${surface.name} survives the host killed a second after the last keystroke`, async ({ page }) => {
    const seeded = await seed(host);
    await page.goto(host.url);
    const typed = await typeInto(surface, page, await surface.open(page, seeded), host);
    await page.waitForTimeout(1_000);
    await host.stop('SIGKILL');
    host = await startHost(dataDir);
    await expectKeptAfterReopen(surface, page, host, seeded, typed);
  });
}
