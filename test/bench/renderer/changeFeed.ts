// A write committed outside the view until the view showing it has repainted: the change feed's latency, p95.
import type { Browser } from 'playwright-core';
import { fromSamples, skipped, type Measurement } from '../results';
import type { BenchHost } from './browserHost';
import { isPresent, openApp, waitForQuiet } from './pageTools';

const base = { group: 'renderer', subject: 'cairn', unit: 'ms', target: { max: 50, unit: 'ms' } };
const LIST = '[aria-label="Reflections, newest first"]';
const GIVE_UP_MS = 3000;

/**
 * The page sends reflections.update itself, with fetch, so no store of the page knows of it: the list learns only from
 * the change event (stream, event, refetch of the entry, React render). Timed from just before the request to the
 * frame after the list shows the new title.
 */
function commitToPaint(args: { id: string; title: string; giveUpMs: number }): Promise<{ painted: number; answered: number } | null> {
  const list = document.querySelector('[aria-label="Reflections, newest first"]');
  const token = sessionStorage.getItem('cairn.token') ?? '';
  if (!list) return Promise.resolve(null);
  const started = performance.now();
  const painted = new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => {
      observer.disconnect();
      resolve(null);
    }, args.giveUpMs);
    const observer = new MutationObserver(() => {
      if (!list.textContent?.includes(args.title)) return;
      observer.disconnect();
      clearTimeout(timer);
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - started), 0));
    });
    observer.observe(list, { subtree: true, childList: true, characterData: true });
  });
  const answered = fetch('/api/reflections.update', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-cairn-token': token },
    body: JSON.stringify({ id: args.id, title: args.title }),
  }).then(() => performance.now() - started);
  return Promise.all([painted, answered]).then(([paint, answer]) => (paint === null ? null : { painted: paint, answered: answer }));
}

export async function measureChangeFeed(browser: Browser, host: BenchHost, entries: number, runs: number): Promise<Measurement[]> {
  const name = `commit → change event → other view repainted, ${entries.toLocaleString('en')} reflections`;
  const floorName = `change feed floor: the write's own round trip, ${entries.toLocaleString('en')} reflections`;
  const app = await openApp(browser, host.url);
  try {
    if (!(await isPresent(app.page, LIST))) return [skipped({ ...base, name }, 'the journal list is not on screen')];
    await waitForQuiet(app.page);
    const newest = await app.page.evaluate(async () => {
      const response = await fetch('/api/reflections.list', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-cairn-token': sessionStorage.getItem('cairn.token') ?? '' },
        body: JSON.stringify({ limit: 1 }),
      });
      const envelope = (await response.json()) as { ok: boolean; value?: { items: { id: string }[] } };
      return envelope.value?.items[0]?.id ?? null;
    });
    if (!newest) return [skipped({ ...base, name }, 'the journal has no reflection to retitle')];
    const samples: number[] = [];
    const floor: number[] = [];
    let missed = 0;
    for (let run = 0; run < runs; run += 1) {
      const latency = await app.page.evaluate(commitToPaint, { id: newest, title: `Retitled by the bench ${run}`, giveUpMs: GIVE_UP_MS });
      if (latency === null) {
        missed += 1;
        continue;
      }
      samples.push(latency.painted);
      floor.push(latency.answered);
    }
    if (samples.length === 0) return [skipped({ ...base, name }, 'no write ever reached the list (is the change feed built?)')];
    return [
      fromSamples({ ...base, name, notes: `browser host, Server-Sent Events; ${missed} write(s) not shown within ${GIVE_UP_MS} ms are left out` }, samples),
      fromSamples({ group: base.group, subject: base.subject, unit: base.unit, name: floorName, notes: 'request sent to its answer received, in the same runs' }, floor),
    ];
  } finally {
    await app.context.close();
  }
}
