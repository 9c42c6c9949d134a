// Opening the journal in the browser: time to interactive, JS heap after GC, and the browser host's resident memory.
import type { Browser, Page } from 'playwright-core';
import { fromRepeats, single, type Measurement } from '../results';
import { MIB } from '../timing';
import type { BenchHost } from './browserHost';
import { heapAfterGc, openApp } from './pageTools';

const group = 'renderer';

interface Breakdown {
  domContentLoaded: number;
  /** Each API call the page made before it was interactive: operation, start and duration (ms). */
  calls: { operation: string; start: number; duration: number }[];
}

/** Where the time to interactive went: the document and scripts, then each API round trip. */
function breakdown(page: Page): Promise<Breakdown> {
  return page.evaluate(() => {
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const calls = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((entry) => entry.name.includes('/api/'))
      .map((entry) => ({ operation: entry.name.split('/api/')[1] ?? entry.name, start: entry.startTime, duration: entry.duration }));
    return { domContentLoaded: navigation?.domContentLoadedEventEnd ?? 0, calls };
  });
}

function describeBreakdown(breakdowns: readonly Breakdown[]): string {
  const middle = [...breakdowns].sort((a, b) => a.domContentLoaded - b.domContentLoaded)[Math.floor(breakdowns.length / 2)];
  if (!middle) return '';
  const calls = middle.calls.map((call) => `${call.operation} at ${call.start.toFixed(0)} for ${call.duration.toFixed(0)}`).join(', ');
  return `a typical run: DOMContentLoaded at ${middle.domContentLoaded.toFixed(0)} ms; API calls (ms): ${calls}`;
}
const subject = 'cairn';

export async function measureJournalOpen(browser: Browser, host: BenchHost, entries: number, runs: number): Promise<Measurement[]> {
  const label = `${entries.toLocaleString('en')} reflections`;
  // A first load warms the host's statement cache and the OS page cache, as a second launch of the app would find them.
  await (await openApp(browser, host.url)).context.close();
  const samples: number[] = [];
  const breakdowns: Breakdown[] = [];
  let heapBytes = 0;
  for (let run = 0; run < runs; run += 1) {
    const app = await openApp(browser, host.url);
    samples.push(app.interactiveMs);
    breakdowns.push(await breakdown(app.page));
    if (run === runs - 1) {
      await app.page.waitForTimeout(500);
      heapBytes = await heapAfterGc(app.page);
    }
    await app.context.close();
  }
  const rss = host.rssBytes();
  return [
    fromRepeats(
      {
        group,
        name: `time to interactive, ${label}`,
        subject,
        unit: 'ms',
        target: { max: 700, unit: 'ms' },
        notes: `navigation start to performance.mark('cairn:interactive') (list loaded, editor usable); fresh browser context each run; ${describeBreakdown(breakdowns)}`,
      },
      samples,
    ),
    single(
      { group, name: `JS heap after GC, ${label}`, subject, unit: 'MiB', target: { max: 60, unit: 'MiB' }, notes: 'CDP HeapProfiler.collectGarbage + Runtime.getHeapUsage usedSize, journal view open' },
      heapBytes / MIB,
    ),
    ...(rss === null ? [] : [single({ group, name: `browser host RSS, ${label}`, subject, unit: 'MiB', notes: 'ps rss of the Node host after the page loads' }, rss / MIB)]),
  ];
}
