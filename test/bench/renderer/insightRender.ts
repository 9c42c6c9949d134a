// Insight's first render: from the click on Insight to its chart drawn with the core's figures, and the core's share.
import type { Browser, Page } from 'playwright-core';
import { fromRepeats, NOT_BUILT, skipped, type Measurement } from '../results';
import type { BenchHost } from './browserHost';
import { goToView, isPresent, openApp, waitForMark, waitForQuiet } from './pageTools';
import { INSIGHT_RENDERED_MARK, insightChart } from './selectors';

const group = 'renderer';
const subject = 'cairn';

/** Click on Insight to its rendered mark: the view's chunk is preloaded by then, so this is the request, the computation and React. */
async function firstRender(page: Page): Promise<number | null> {
  await page.evaluate(() => {
    document.addEventListener('click', (event) => ((window as unknown as { __benchClickAt: number }).__benchClickAt = event.timeStamp), { capture: true, once: true });
  });
  await goToView(page, 'Insight');
  if (!(await isPresent(page, insightChart, 10_000))) return null;
  const marked = await waitForMark(page, INSIGHT_RENDERED_MARK, 2000);
  if (marked === null) return null;
  return marked - (await page.evaluate(() => (window as unknown as { __benchClickAt: number }).__benchClickAt));
}

/** The same `insight.summary` the view asks for, sent with the page's own fetch: the core's read and computation plus the transfer. */
function summaryRoundTrip(): Promise<{ ms: number; entries: number }> {
  const started = performance.now();
  const day = (date: Date) => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  const from = new Date();
  from.setDate(from.getDate() - 7 * 13);
  return fetch('/api/insight.summary', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-cairn-token': sessionStorage.getItem('cairn.token') ?? '' },
    body: JSON.stringify({ period: 'week', from: day(from), to: day(new Date()) }),
  })
    .then((response) => response.json() as Promise<{ value?: { entries: unknown[] } }>)
    .then((envelope) => ({ ms: performance.now() - started, entries: envelope.value?.entries.length ?? 0 }));
}

export async function measureInsight(browser: Browser, host: BenchHost, plan: { reflections: number; runs: number }): Promise<Measurement[]> {
  const label = `${plan.reflections.toLocaleString('en')} reflections, all in its 13 weeks`;
  const base = { group, subject, unit: 'ms', name: `insight first render, ${label}`, target: { max: 300, unit: 'ms' } };
  const coreBase = { group, subject, unit: 'ms', name: `insight.summary round trip from the page, ${label}` };
  const renders: number[] = [];
  const trips: number[] = [];
  let counted = 0;
  for (let run = 0; run < plan.runs; run += 1) {
    const app = await openApp(browser, host.url);
    try {
      await waitForQuiet(app.page);
      const elapsed = await firstRender(app.page);
      if (elapsed === null) {
        const reason = `${NOT_BUILT}: no Insight chart (${insightChart}) or no '${INSIGHT_RENDERED_MARK}' mark`;
        return [skipped(base, reason), skipped(coreBase, reason)];
      }
      renders.push(elapsed);
      await waitForQuiet(app.page);
      const trip = await app.page.evaluate(summaryRoundTrip);
      trips.push(trip.ms);
      counted = trip.entries;
    } finally {
      await app.context.close();
    }
  }
  return [
    fromRepeats({ ...base, notes: `click on Insight to '${INSIGHT_RENDERED_MARK}': insight.summary (SQL, computation, output check), JSON, React, the chart` }, renders),
    fromRepeats({ ...coreBase, notes: `the same request sent with fetch once the page is idle: the core’s share of the first render; its answer held ${counted} reflections` }, trips),
  ];
}
