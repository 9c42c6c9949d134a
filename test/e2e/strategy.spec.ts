// The Strategy view: the first-run path, dragging and nudging circles, undo, restart, region evidence, exports, accessibility.
import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { callApi } from './support/api';
import { startHost } from './support/host';
import { expect, test } from './support/fixtures';

interface StoredLayout {
  circles: Array<{ valueId: string; x: number; y: number; r: number }>;
  shown: string[];
}

async function expectNoSeriousViolations(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(blocking.map((v) => `${where}: ${v.id} — ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

test.describe('first run', () => {
  test.use({ firstRunDone: false });

  test('a new person walks the path through the method, resuming after a reload', async ({ page, host }) => {
    await page.goto(host.url);
    await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Cairn' })).toBeVisible();
    await expectNoSeriousViolations(page, 'first run (light)');
    await page.getByRole('button', { name: 'Begin', exact: true }).click();

    await page.getByLabel('The work you find most gratifying').fill('Being a Product Manager for tools that teach');
    await expect(page.getByText(/“Product Manager” reads as a job title/)).toBeVisible();
    await page.getByLabel('The work you find most gratifying').fill('Helping small teams learn by building tools together');
    await page.getByRole('button', { name: 'Continue' }).click();

    const newValue = page.getByLabel('New value, as a verb');
    await newValue.fill('Leadership');
    await page.getByRole('button', { name: 'Use “Leading”' }).click();
    await expect(newValue).toHaveValue('Leading');
    // The suggestion's button goes once it is taken: focus returns to the field, so Enter adds the value.
    await expect(newValue).toBeFocused();
    await page.getByRole('button', { name: 'Add value' }).click();
    for (const label of ['Teaching', 'Building tools', 'Building bridges']) {
      await newValue.fill(label);
      await page.getByRole('button', { name: 'Add value' }).click();
    }
    await expect(page.getByRole('list', { name: 'Your values' }).getByRole('listitem')).toHaveCount(4);
    await page.getByRole('button', { name: 'Continue' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Place them in the diagram' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Place them in the diagram' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Teaching', exact: true })).toBeVisible();
    // The default four-value layout labels every value, none hidden under another circle.
    const labels = page.locator('text.venn-value-label');
    await expect(labels).toHaveCount(4);
    for (const label of ['Leading', 'Teaching', 'Building tools', 'Building bridges']) {
      await expect(page.locator('text.venn-value-label', { hasText: label })).toBeVisible();
    }
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoSeriousViolations(page, 'first run diagram (dark)');
    await page.getByRole('button', { name: 'Continue' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Your first reflection' })).toBeVisible();
    const firstWords = 'Explaining the build pipeline to the new starter felt like the best hour of the week.';
    await page.getByLabel('Your reflection').fill(firstWords);
    // Kept as typed, with no Save button: a reload finds it.
    await expect(page.getByRole('button', { name: /^Save/ })).toHaveCount(0);
    await expect(page.getByRole('status')).toHaveText('Saved');
    await page.reload();
    await expect(page.getByLabel('Your reflection')).toHaveValue(firstWords);
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Save your first version' })).toBeFocused();

    await page.getByLabel('What this version is').fill('Where I am starting from.');
    await page.getByRole('button', { name: 'Save version and finish' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Strategy' })).toBeFocused();

    const versions = await callApi<{ items: Array<{ changeNote: string; values: unknown[] }> }>(host, 'strategy.versions.list', {});
    expect(versions.items).toHaveLength(1);
    expect(versions.items[0]).toMatchObject({ changeNote: 'Where I am starting from.' });
    expect(versions.items[0]?.values).toHaveLength(4);
    const reflections = await callApi<{ items: Array<{ promptId: string | null }> }>(host, 'reflections.list', {});
    expect(reflections.items[0]?.promptId).toBeTruthy();
    expect((await callApi<{ firstRun: { state: string } }>(host, 'settings.get', {})).firstRun.state).toBe('done');
  });
});

/** The editor's circles and every label and badge on show, with where each sits. */
function drawnDiagram(page: Page) {
  return page.locator('svg.venn-editable').evaluate((svg) => ({
    circles: [...svg.querySelectorAll('circle.venn-circle')].map((circle) => ['cx', 'cy', 'r'].map((name) => circle.getAttribute(name)).join(' ')),
    shown: [...svg.querySelectorAll('[data-label-id], [data-region-key]')]
      .filter((element) => element.getAttribute('display') !== 'none')
      .map((element) => `${element.getAttribute('data-label-id') ?? element.getAttribute('data-region-key')} ${element.getAttribute('transform')}`)
      .sort(),
  }));
}

test('edit the diagram with mouse and keyboard, undo, restart, list region evidence, export', async ({ page, host, dataDir }) => {
  const ids: Record<string, string> = {};
  for (const [label, colour] of [
    ['Teaching', '#2f5a41'],
    ['Building tools', '#25507a'],
    ['Connecting people', '#8a3b1f'],
  ] as const) {
    ids[label] = (await callApi<{ id: string }>(host, 'values.create', { label, colour })).id;
  }
  const teach = ids.Teaching ?? '';
  const build = ids['Building tools'] ?? '';
  await callApi(host, 'strategy.save', { aspiration: 'Helping teams learn by building together' });
  for (const [title, valueIds] of [
    ['Workshop on the deploy tool', [teach, build]],
    ['Pairing on the CLI', [build, teach]],
    ['Office hours', [teach]],
    ['Wrote the plugin', [build]],
  ] as const) {
    await callApi(host, 'reflections.create', { entryDate: '2026-03-02', title, valueIds });
  }

  const saves: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/api/strategy.save')) saves.push(request.postData() ?? '');
  });
  const storedLayout = async () => (await callApi<{ layout: StoredLayout }>(host, 'strategy.get', {})).layout;
  const circleOf = (layout: StoredLayout, id: string) => layout.circles.find((circle) => circle.valueId === id);

  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(host.url);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^Strategy/ }).click();
  const teachingCircle = page.getByRole('button', { name: 'Teaching', exact: true });
  await expect(teachingCircle).toBeVisible();
  // Opening the view saves the first layout once, so a version taken before any drag still has its diagram.
  await expect.poll(() => saves.length).toBe(1);
  saves.length = 0;

  // A mouse drag of many moves saves once, after it settles.
  const box = await teachingCircle.locator('circle.venn-circle').boundingBox();
  if (!box) throw new Error('The Teaching circle has no box');
  const start = { x: box.x + box.width / 2, y: box.y + box.height * 0.25 };
  const teachingShape = teachingCircle.locator('circle.venn-circle');
  const teachingLabel = page.locator('g', { has: page.locator('text.venn-value-label', { hasText: /^Teaching$/ }) });
  const [cxBefore, labelBefore] = [await teachingShape.getAttribute('cx'), await teachingLabel.getAttribute('transform')];
  const diagramBefore = await drawnDiagram(page);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  // Out past the other circles, so their overlaps with Teaching go, then back in, so they come back.
  await page.mouse.move(start.x - 240, start.y + 30, { steps: 20 });
  await page.mouse.move(start.x - 60, start.y + 30, { steps: 12 });
  // Before the drop, the circle and its label have followed the pointer.
  expect(await teachingShape.getAttribute('cx')).not.toBe(cxBefore);
  expect(await teachingLabel.getAttribute('transform')).not.toBe(labelBefore);
  expect((await drawnDiagram(page)).shown).not.toEqual(diagramBefore.shown);
  await page.mouse.up();
  // What the drag left on screen is what a fresh render draws (checked again after the restart below).
  const droppedDiagram = await drawnDiagram(page);
  await expect.poll(() => saves.length).toBe(1);
  await page.waitForTimeout(1000);
  expect(saves).toHaveLength(1);
  const afterDrag = await storedLayout();
  const draggedTeach = circleOf(afterDrag, teach);
  expect(draggedTeach).toBeDefined();

  // The keyboard nudges another circle; undo puts it back.
  await page.getByRole('button', { name: 'Building tools', exact: true }).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Shift+ArrowUp');
  const before = circleOf(afterDrag, build);
  await expect
    .poll(async () => {
      const moved = circleOf(await storedLayout(), build);
      return [Math.round((moved?.x ?? 0) - (before?.x ?? 0)), Math.round((moved?.y ?? 0) - (before?.y ?? 0))];
    })
    .toEqual([8, -24]);
  await page.keyboard.press('Control+z');
  await expect.poll(async () => circleOf(await storedLayout(), build)).toEqual(circleOf(afterDrag, build));
  expect(circleOf(await storedLayout(), teach)).toEqual(draggedTeach);

  // The layout survives a restart.
  await host.stop();
  const restarted = await startHost(dataDir);
  try {
    await page.goto(restarted.url);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^Strategy/ }).click();
    const restoredCircle = page.getByRole('button', { name: 'Teaching', exact: true }).locator('circle.venn-circle');
    await expect(restoredCircle).toHaveAttribute('cx', String(draggedTeach?.x));
    await expect(restoredCircle).toHaveAttribute('cy', String(draggedTeach?.y));
    expect(await drawnDiagram(page)).toEqual(droppedDiagram);

    // A region lists exactly the reflections linked to exactly its values.
    await page.getByRole('button', { name: /^Teaching and Building tools: 2 reflections or experiments$/ }).click();
    const evidence = page.getByRole('list', { name: 'Evidence for Teaching and Building tools' });
    await expect(evidence.getByRole('listitem')).toHaveCount(2);
    await expect(evidence).toContainText('Workshop on the deploy tool');
    await expect(evidence).toContainText('Pairing on the CLI');

    // Dragging a reflection chip onto the Teaching-only region links it to Teaching alone (tall window: both on screen).
    await page.setViewportSize({ width: 1280, height: 1500 });
    await page.locator('.chip', { hasText: 'Wrote the plugin' }).hover();
    const teachingOnly = page.getByRole('button', { name: /^Teaching: 1 reflection or experiment$/ });
    const target = await teachingOnly.boundingBox();
    if (!target) throw new Error('The Teaching region has no box');
    await page.mouse.down();
    await page.mouse.move(target.x + target.width / 2, target.y - 4, { steps: 8 });
    await page.mouse.up();
    await expect(page.getByRole('button', { name: /^Teaching: 2 reflections or experiments$/ })).toBeVisible();

    // Linking a reflection to the region updates its values and the count.
    await page.getByRole('button', { name: /^Teaching and Building tools: 2 reflections or experiments$/ }).click();
    await page.getByLabel('Link a recent reflection here').selectOption({ label: 'Office hours' });
    await page.getByRole('button', { name: 'Link', exact: true }).click();
    await expect(evidence.getByRole('listitem')).toHaveCount(3);
    await expect(page.getByRole('button', { name: /^Teaching and Building tools: 3 reflections or experiments$/ })).toBeVisible();

    // SVG export is a valid SVG naming every value; PNG export is a PNG.
    const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export SVG' }).click()]);
    expect(svgDownload.suggestedFilename()).toBe('cairn-strategy.svg');
    const svgText = fs.readFileSync((await svgDownload.path()) ?? '', 'utf8');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return { root: doc.documentElement.nodeName, errors: doc.getElementsByTagName('parsererror').length, text: doc.documentElement.textContent };
    }, svgText);
    expect(parsed).toMatchObject({ root: 'svg', errors: 0 });
    for (const label of ['Teaching', 'Building tools', 'Connecting people']) expect(parsed.text).toContain(label);
    const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export PNG' }).click()]);
    const png = fs.readFileSync((await pngDownload.path()) ?? '');
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
  } finally {
    await restarted.stop();
  }
});

test('the Strategy view, with evidence and a region open, passes axe in light and dark', async ({ page, host }) => {
  const ids: string[] = [];
  for (const [label, colour] of [
    ['Teaching', '#2f5a41'],
    ['Building tools', '#25507a'],
    ['Connecting people', '#8a3b1f'],
  ] as const) {
    ids.push((await callApi<{ id: string }>(host, 'values.create', { label, colour })).id);
  }
  await callApi(host, 'strategy.save', { aspiration: 'Helping teams learn by building together' });
  await callApi(host, 'reflections.create', { entryDate: '2026-03-02', title: 'Workshop on the deploy tool', valueIds: ids.slice(0, 2) });
  await callApi(host, 'reflections.create', { entryDate: '2026-03-03', title: 'Office hours', valueIds: ids.slice(0, 1) });

  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(host.url);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^Strategy/ }).click();
  await page.getByRole('button', { name: /^Teaching and Building tools: 1 reflection/ }).click();
  await expect(page.getByText('Workshop on the deploy tool').first()).toBeVisible();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expectNoSeriousViolations(page, `strategy (${colorScheme})`);
  }
});

test('long names stay in the card, Ctrl+Z undoes a drag, and a dark-mode export is light with every label and no empty badge', async ({ page, host }) => {
  const long = 'Making sure every voice in the room is heard, including the quiet ones at the back who rarely get asked what they think.';
  expect(long.length).toBeGreaterThanOrEqual(120);
  for (const [label, colour] of [
    ['Teaching', '#2f5a41'],
    [long, '#8c2f8f'],
    ['Building tools', '#8a3b1f'],
  ] as const) {
    await callApi(host, 'values.create', { label, colour });
  }
  const aspiration = 'Helping small teams learn by building the tools they use every day, and teaching what we learn along the way to anyone who asks';
  await callApi(host, 'strategy.save', { aspiration });
  const storedLayout = async () => (await callApi<{ layout: StoredLayout }>(host, 'strategy.get', {})).layout;

  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(host.url);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^Strategy/ }).click();
  const svg = page.locator('svg.venn-editable');
  await expect(page.locator('text.venn-value-label')).toHaveCount(3);

  // Every label, the 120-character one too, stays inside the diagram's card.
  const card = await svg.boundingBox();
  if (!card) throw new Error('The diagram has no box');
  for (const label of await page.locator('text.venn-value-label').all()) {
    const box = await label.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(card.x);
    expect(box!.x + box!.width).toBeLessThanOrEqual(card.x + card.width);
    expect(box!.y).toBeGreaterThanOrEqual(card.y);
    expect(box!.y + box!.height).toBeLessThanOrEqual(card.y + card.height);
  }

  // A mouse drag, undone with Ctrl+Z, redone with Shift+Ctrl+Z, undone again and redone with Ctrl+Y.
  // The first layout is saved shortly after the view opens; until then the draft's layout has no circles.
  await expect.poll(async () => (await storedLayout()).circles?.length ?? 0).toBe(3);
  const before = await storedLayout();
  const teaching = page.getByRole('button', { name: 'Teaching', exact: true }).locator('circle.venn-circle');
  const box = await teaching.boundingBox();
  if (!box) throw new Error('The Teaching circle has no box');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.25);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 120, box.y + box.height * 0.25 + 40, { steps: 10 });
  await page.mouse.up();
  await expect.poll(async () => (await storedLayout()).circles).not.toEqual(before.circles);
  const dragged = await storedLayout();
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await storedLayout()).circles).toEqual(before.circles);
  await page.keyboard.press('Shift+Control+z');
  await expect.poll(async () => (await storedLayout()).circles).toEqual(dragged.circles);
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await storedLayout()).circles).toEqual(before.circles);
  await page.keyboard.press('Control+y');
  await expect.poll(async () => (await storedLayout()).circles).toEqual(dragged.circles);

  // In dark mode the export is still light by default, names every value in full and has no empty badge.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export SVG' }).click()]);
  const text = fs.readFileSync((await download.path()) ?? '', 'utf8');
  const exported = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    const root = doc.documentElement;
    return {
      errors: doc.getElementsByTagName('parsererror').length,
      background: root.querySelector(':scope > rect')?.getAttribute('fill'),
      text: root.textContent ?? '',
      aspiration: [...root.querySelectorAll('[data-aspiration-text] tspan')].map((line) => line.textContent ?? '').join(' '),
      badges: [...root.querySelectorAll('text')].map((node) => node.textContent?.trim() ?? '').filter((words) => /^\d+$/.test(words)),
    };
  }, text);
  expect(exported.errors).toBe(0);
  expect(exported.background).toBe('#ffffff');
  for (const label of ['Teaching', long, 'Building tools']) expect(exported.text).toContain(label);
  expect(exported.aspiration).toBe(aspiration);
  expect(exported.badges).not.toContain('0');
});

test('Tab reaches the diagram’s circles and its region badges in two stops, arrows move within each', async ({ page, host }) => {
  const ids: string[] = [];
  for (const [label, colour] of [
    ['Teaching', '#2f5a41'],
    ['Building tools', '#25507a'],
    ['Connecting people', '#8a3b1f'],
  ] as const) {
    ids.push((await callApi<{ id: string }>(host, 'values.create', { label, colour })).id);
  }
  await callApi(host, 'reflections.create', { entryDate: '2026-03-02', title: 'Workshop', valueIds: ids.slice(0, 2) });
  await callApi(host, 'reflections.create', { entryDate: '2026-03-03', title: 'Office hours', valueIds: ids.slice(0, 1) });
  await callApi(host, 'reflections.create', { entryDate: '2026-03-04', title: 'Meetup', valueIds: ids.slice(1, 3) });
  await page.goto(host.url);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^Strategy/ }).click();
  await expect(page.locator('.venn-region-target:not([display="none"])')).toHaveCount(3);
  const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.tagName ?? '');

  await page.getByLabel('Dark background').focus();
  await page.keyboard.press('Tab');
  expect(await focused()).toBe('Teaching');
  await page.keyboard.press('Alt+ArrowRight');
  expect(await focused()).toBe('Building tools');
  await page.keyboard.press('Tab');
  expect(await focused()).toMatch(/: \d+ reflections? or experiments?$/);
  const firstBadge = await focused();
  await page.keyboard.press('ArrowRight');
  const secondBadge = await focused();
  expect(secondBadge).toMatch(/: \d+ reflections? or experiments?$/);
  expect(secondBadge).not.toBe(firstBadge);
  // The next Tab leaves the diagram; Shift+Tab comes back to the badge, and again to the circle last focused.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => Boolean(document.activeElement?.closest('svg.venn-editable')))).toBe(false);
  await page.keyboard.press('Shift+Tab');
  expect(await focused()).toBe(secondBadge);
  await page.keyboard.press('Shift+Tab');
  expect(await focused()).toBe('Building tools');
  expect(await page.locator('svg.venn-editable [tabindex="0"]').count()).toBe(2);
});

test('the aspiration’s box grows with its text, so nothing written hides behind a scrollbar', async ({ page, host }) => {
  await callApi(host, 'values.create', { label: 'Teaching' });
  await page.goto(host.url);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^Strategy/ }).click();
  const box = page.getByLabel('The work you find most gratifying');
  const before = (await box.boundingBox())?.height ?? 0;
  await box.fill(Array.from({ length: 8 }, (_, line) => `Line ${line + 1} of what I want my work to be about.`).join('\n'));
  await expect.poll(async () => (await box.boundingBox())?.height ?? 0).toBeGreaterThan(before * 2);
  expect(await box.evaluate((element) => element.scrollHeight <= element.clientHeight + 1)).toBe(true);
});
