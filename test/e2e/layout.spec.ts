// Every view holds its layout from a small window to a large one, in light and dark: nothing wider than the window,
// no control out of reach, no text cut off mid-word; and the sidebar folds to a rail that stays folded.
import type { Page } from '@playwright/test';
import { differenceInCalendarISOWeeks } from 'date-fns';
import { callApi } from './support/api';
import { expect, test } from './support/fixtures';
import type { HostProcess } from './support/host';
import { layoutProblems } from './support/layoutProblems';

const nav = (page: Page, view: RegExp) => page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: view });

async function seedJournal(host: HostProcess) {
  const teaching = await callApi<{ id: string }>(host, 'values.create', { label: 'Teaching others to build things' });
  await callApi(host, 'values.create', { label: 'Listening' });
  await callApi(host, 'reflections.create', {
    entryDate: '2026-12-01',
    title: 'A rather long title for a reflection about the whole of a busy week',
    body: 'Body with **bold** text',
    valueIds: [teaching.id],
    tags: ['hiring', 'a-fairly-long-tag-name'],
    energy: 4,
    engagement: 3,
  });
  await callApi(host, 'experiments.create', {
    title: 'Coffee chats with product managers across the city',
    kind: 'networking',
    successCriteria: 'Two introductions',
    stopCriteria: 'Three draining evenings',
  });
}

/** Each view (and the open entry and experiment), as a person reaches it. */
const views: { name: string; open(page: Page): Promise<void> }[] = [
  { name: 'Journal home', open: (page) => nav(page, /^Journal/).click() },
  {
    name: 'an open entry',
    open: async (page) => {
      await nav(page, /^Journal/).click();
      await page.getByRole('list', { name: 'Reflections, newest first' }).getByRole('button').first().click();
      await expect(page.getByRole('form', { name: 'Edit reflection' })).toBeVisible();
    },
  },
  { name: 'Strategy', open: (page) => nav(page, /^Strategy/).click() },
  { name: 'the experiment board', open: (page) => nav(page, /^Experiments/).click() },
  {
    name: 'an experiment',
    open: async (page) => {
      await nav(page, /^Experiments/).click();
      await page.getByRole('button', { name: /^Coffee chats/ }).first().click();
      await expect(page.getByRole('form', { name: 'Experiment details' })).toBeVisible();
    },
  },
  { name: 'Timeline', open: (page) => nav(page, /^Timeline/).click() },
  {
    name: 'Insight, with a week listed and the table shown',
    open: async (page) => {
      await nav(page, /^Insight/).click();
      // The window of 13 weeks that holds the seeded entry's week, however long after it the test runs.
      const windowsBack = Math.floor(differenceInCalendarISOWeeks(new Date(), new Date(2026, 11, 1)) / 13);
      for (let step = 0; step < windowsBack; step += 1) await page.getByRole('button', { name: '← Earlier' }).click();
      await page.getByRole('button', { name: /: 1 reflection;/ }).click();
      await page.getByRole('button', { name: 'Show as a table' }).click();
      await expect(page.getByRole('list', { name: 'Reflections counted' })).toBeVisible();
    },
  },
  { name: 'Search', open: (page) => nav(page, /^Search/).click() },
  { name: 'Settings', open: (page) => nav(page, /^Settings/).click() },
  { name: 'Recently deleted', open: (page) => nav(page, /^Recently deleted/).click() },
];

for (const theme of ['light', 'dark'] as const) {
  for (const [width, height] of [[800, 600], [1280, 800], [1920, 1080]] as const) {
    test(`every view holds its layout at ${width}×${height} (${theme})`, async ({ page, host }) => {
      await seedJournal(host);
      await callApi(host, 'settings.set', { key: 'appearance.theme', value: theme });
      await page.setViewportSize({ width, height });
      await page.goto(host.url);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      for (const view of views) {
        await view.open(page);
        // Layout settles after the view's data arrives; poll until nothing is wrong, or report what still is.
        await expect.poll(() => layoutProblems(page), { message: `${view.name} at ${width}×${height} (${theme})` }).toEqual([]);
      }
    });
  }
}

/** Each dialog and menu, opened as a person opens it, and the way it closes. */
const layers: { name: string; open(page: Page): Promise<void> }[] = [
  {
    name: 'Manage tags',
    open: async (page) => {
      await nav(page, /^Journal/).click();
      await page.getByRole('button', { name: 'Manage tags' }).click();
      await expect(page.getByRole('dialog', { name: 'Manage tags' })).toBeVisible();
    },
  },
  {
    name: 'the shortcuts sheet',
    open: async (page) => {
      await nav(page, /^Journal/).click();
      await page.keyboard.press('?');
      await expect(page.getByRole('dialog')).toBeVisible();
    },
  },
  {
    name: 'the prompt picker',
    open: async (page) => {
      await nav(page, /^Journal/).click();
      await page.locator('header').getByRole('button', { name: 'Start from a prompt' }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
    },
  },
  {
    name: 'an entry’s history',
    open: async (page) => {
      await nav(page, /^Journal/).click();
      await page.getByRole('list', { name: 'Reflections, newest first' }).getByRole('button').first().click();
      await page.getByRole('button', { name: 'History…' }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
    },
  },
  {
    name: 'Save a version',
    open: async (page) => {
      await nav(page, /^Strategy/).click();
      await page.getByRole('button', { name: 'Save a version' }).click();
      await expect(page.getByRole('dialog', { name: 'Save a version' })).toBeVisible();
    },
  },
  {
    name: 'New experiment',
    open: async (page) => {
      await nav(page, /^Experiments/).click();
      await page.getByRole('button', { name: 'New experiment' }).click();
      await expect(page.getByRole('dialog', { name: 'New experiment' })).toBeVisible();
    },
  },
  {
    name: 'a card’s Move to… menu',
    open: async (page) => {
      await nav(page, /^Experiments/).click();
      await page.getByRole('button', { name: /^Move to… “Coffee chats/ }).click();
      await expect(page.getByRole('menu')).toBeVisible();
    },
  },
];

for (const theme of ['light', 'dark'] as const) {
  for (const [width, height] of [[800, 600], [1280, 800], [1920, 1080]] as const) {
    test(`every dialog and menu fits the window at ${width}×${height} (${theme})`, async ({ page, host }) => {
      await seedJournal(host);
      await callApi(host, 'settings.set', { key: 'appearance.theme', value: theme });
      await page.setViewportSize({ width, height });
      await page.goto(host.url);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      for (const layer of layers) {
        await layer.open(page);
        await expect.poll(() => layoutProblems(page), { message: `${layer.name} at ${width}×${height} (${theme})` }).toEqual([]);
        await page.keyboard.press('Escape');
        await expect(page.locator('dialog[open], [role="menu"]')).toHaveCount(0);
      }
    });
  }
}

test.describe('the first run', () => {
  test.use({ firstRunDone: false });
  for (const theme of ['light', 'dark'] as const) {
    for (const [width, height] of [[800, 600], [1280, 800], [1920, 1080]] as const) {
      test(`every first-run step holds its layout at ${width}×${height} (${theme})`, async ({ page, host }) => {
        await callApi(host, 'settings.set', { key: 'appearance.theme', value: theme });
        await page.setViewportSize({ width, height });
        for (const [step, heading] of ['Welcome to Cairn', 'Your aspiration', 'Name your values', 'Place them in the diagram', 'Your first reflection', 'Save your first version'].entries()) {
          await callApi(host, 'settings.set', { key: 'firstRun', value: { state: 'pending', step } });
          // A new journal opens on the welcome; past it, each step is shown with what the earlier ones would have made.
          if (step === 1) {
            await callApi(host, 'strategy.save', { aspiration: 'Helping small teams learn by building tools together' });
            for (const label of ['Teaching others to build things', 'Listening', 'Building bridges between teams']) await callApi(host, 'values.create', { label });
          }
          await page.goto('about:blank');
          await page.goto(host.url);
          await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
          await expect.poll(() => layoutProblems(page), { message: `${heading} at ${width}×${height} (${theme})` }).toEqual([]);
        }
      });
    }
  }
});

test('the sidebar folds to a rail of initials that still navigates, and stays folded after a reload', async ({ page, host }) => {
  await page.setViewportSize({ width: 800, height: 600 });
  await page.goto(host.url);
  const sidebar = page.getByRole('navigation', { name: 'Main' });
  const fold = sidebar.getByRole('button', { name: 'Fold the sidebar' });
  await expect(fold).toHaveAttribute('aria-expanded', 'true');
  const wide = (await sidebar.boundingBox())?.width ?? 0;
  await fold.click();
  const unfold = sidebar.getByRole('button', { name: 'Show the sidebar in full' });
  await expect(unfold).toBeFocused();
  await expect(unfold).toHaveAttribute('aria-expanded', 'false');
  await expect.poll(async () => (await sidebar.boundingBox())?.width ?? 0).toBeLessThan(wide / 2);

  await page.reload();
  await expect(sidebar.getByRole('button', { name: 'Show the sidebar in full' })).toBeVisible();
  await nav(page, /^Experiments/).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Experiments' })).toBeVisible();
  await expect(nav(page, /^Experiments/)).toHaveAttribute('aria-current', 'page');
  await expect.poll(() => layoutProblems(page)).toEqual([]);

  await sidebar.getByRole('button', { name: 'Show the sidebar in full' }).click();
  await expect.poll(async () => (await sidebar.boundingBox())?.width ?? 0).toBe(wide);
});

test('a toolbar with no room for every action moves the first ones into More…, and they still work', async ({ page, host }) => {
  await page.setViewportSize({ width: 800, height: 600 });
  await page.goto(host.url);
  const bar = page.getByRole('group', { name: 'Journal actions' });
  await expect(bar.getByRole('button', { name: 'New reflection' })).toBeVisible();
  await expect(bar.getByRole('button', { name: /^Shortcuts/ })).toHaveCount(0);
  await bar.getByRole('button', { name: 'More…' }).click();
  await page.getByRole('menu', { name: 'More: Journal actions' }).getByRole('menuitem', { name: 'Shortcuts' }).click();
  await expect(page.getByRole('dialog', { name: /shortcuts/i })).toBeVisible();
  await page.keyboard.press('Escape');

  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(bar.getByRole('button', { name: /^Shortcuts/ })).toBeVisible();
  await expect(bar.getByRole('button', { name: 'More…' })).toHaveCount(0);
  await expect.poll(() => layoutProblems(page)).toEqual([]);
});
