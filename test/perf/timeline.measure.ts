// Measures the timeline on ten years of a committed journaler (5,000 reflections, 200 experiments, 50 versions): first render and per-frame work.
import { callApi } from '../e2e/support/api';
import { expect, test } from '../e2e/support/fixtures';
import type { HostProcess } from '../e2e/support/host';

const YEARS = 10;
const REFLECTIONS = 5000;
const EXPERIMENTS = 200;
const VERSIONS = 50;
const day = 86_400_000;

function isoDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

async function inBatches<T>(count: number, size: number, make: (index: number) => Promise<T>): Promise<void> {
  for (let start = 0; start < count; start += size) {
    await Promise.all(Array.from({ length: Math.min(size, count - start) }, (_, offset) => make(start + offset)));
  }
}

async function seed(host: HostProcess): Promise<void> {
  const values: string[] = [];
  const colours = ['#3d6b4f', '#5b7fa8', '#c07a2c', '#8a5a9e', '#b0574a', '#4a8c8c'];
  for (const [index, colour] of colours.entries()) {
    values.push((await callApi<{ id: string }>(host, 'values.create', { label: `value ${index + 1}`, colour })).id);
  }
  const first = Date.now() - YEARS * 365 * day;
  await inBatches(REFLECTIONS, 25, (index) =>
    callApi(host, 'reflections.create', {
      entryDate: isoDay(first + Math.floor((index / REFLECTIONS) * YEARS * 365) * day),
      title: `Reflection ${index}`,
      body: 'A day on the trail.',
      valueIds: [values[index % values.length], values[(index * 7) % values.length]],
    }),
  );
  const statuses = ['idea', 'planned', 'running', 'concluded', 'dropped'];
  await inBatches(EXPERIMENTS, 25, (index) => {
    const start = first + Math.floor((index / EXPERIMENTS) * YEARS * 365) * day;
    return callApi(host, 'experiments.create', {
      title: `Experiment ${index}`,
      status: statuses[index % statuses.length],
      actualStart: isoDay(start),
      actualEnd: index % 5 === 2 ? null : isoDay(start + (20 + (index % 9) * 12) * day),
    });
  });
  for (let index = 0; index < VERSIONS; index += 1) {
    await callApi(host, 'strategy.save', { aspiration: `Aspiration, take ${index}` });
    await callApi(host, 'strategy.snapshot', { changeNote: `Version ${index}` });
  }
}

function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? NaN;
}

test('timeline on ten years of data', async ({ page, host }) => {
  await seed(host);
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'Journal' })).toBeVisible();

  const firstRenders: number[] = [];
  for (let run = 0; run < 5; run += 1) {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^Journal/ }).click();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^Timeline/ }).click();
    await page.waitForFunction(() => performance.getEntriesByName('cairn:timeline-first-render').length > 0);
    firstRenders.push(await page.evaluate(() => performance.getEntriesByName('cairn:timeline-first-render')[0]!.duration));
    if (run === 0) {
      console.log(await page.evaluate(() => JSON.stringify({
        start: performance.getEntriesByName('cairn:timeline-start')[0]?.startTime,
        api: performance.getEntriesByType('resource').filter((e) => e.name.includes('/api/')).slice(-8).map((e) => [e.name.split('/api/')[1], Math.round(e.startTime), Math.round(e.duration)]),
      })));
    }
  }

  await page.evaluate(() => performance.clearMeasures('cairn:timeline-frame'));
  const surface = page.locator('.timeline-surface');
  const box = await surface.boundingBox();
  if (!box) throw new Error('no timeline');
  await page.mouse.move(box.x + box.width * 0.7, box.y + 40);
  for (let step = 0; step < 30; step += 1) {
    await page.mouse.wheel(0, -120);
    await page.waitForTimeout(16);
  }
  for (let sweep = 0; sweep < 3; sweep += 1) {
    await page.mouse.move(box.x + box.width * 0.8, box.y + 60);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.2, box.y + 60, { steps: 40 });
    await page.mouse.up();
  }
  for (let step = 0; step < 30; step += 1) {
    await page.mouse.wheel(0, 120);
    await page.waitForTimeout(16);
  }
  const chart = page.getByRole('application', { name: 'Strategy timeline' });
  await chart.focus();
  for (let step = 0; step < 20; step += 1) await chart.press(step % 2 ? 'Shift+ArrowLeft' : '+');
  await page.waitForTimeout(200);
  const frames = await page.evaluate(() => performance.getEntriesByName('cairn:timeline-frame').map((entry) => entry.duration));

  const report = {
    firstRenderMs: { median: [...firstRenders].sort((a, b) => a - b)[2], all: firstRenders.map((v) => Math.round(v)) },
    frames: frames.length,
    frameWorkMs: { p50: p95(frames.map((v) => v)) && [...frames].sort((a, b) => a - b)[Math.floor(frames.length / 2)], p95: p95(frames), max: Math.max(...frames) },
  };
  console.log(JSON.stringify(report, null, 2));
  await page.screenshot({ path: '/tmp/timeline-perf-zoomed.png' });
});
