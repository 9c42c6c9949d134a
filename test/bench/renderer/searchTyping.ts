// A keystroke in the search field until the results it causes are painted, p95 (target ≤ 50 ms at 10,000 entries,
// ≤ 80 ms at 100,000); runs once a search view exists.
import type { Browser, Page } from 'playwright-core';
import { fromSamples, NOT_BUILT, skipped, type Measurement } from '../results';
import type { BenchHost } from './browserHost';
import { goToView, isPresent, openApp } from './pageTools';
import { searchInput } from './selectors';

const base = { group: 'renderer', subject: 'cairn', unit: 'ms' };
/** The targets: p95 ≤ 50 ms at 10,000 entries, ≤ 80 ms at 100,000. */
const targetFor = (entries: number) => ({ max: entries >= 100_000 ? 80 : 50, unit: 'ms' });
const TYPED = 'mentoring retrospective budget review workshop negotiation prototype';
/** A results update has finished when the view has not changed for this long. */
const QUIET_MS = 300;
const GIVE_UP_MS = 3000;

/** Records the keydown time and, after each mutation in the main area, the time of the frame that follows it. */
function instrument(page: Page): Promise<void> {
  return page.evaluate(() => {
    const state = { keydownAt: 0, lastMutationAt: 0, paintedAt: 0 };
    (window as unknown as { __benchSearch: typeof state }).__benchSearch = state;
    document.addEventListener('keydown', (event) => {
      state.keydownAt = event.timeStamp;
      state.paintedAt = 0;
    }, true);
    new MutationObserver(() => {
      const at = performance.now();
      state.lastMutationAt = at;
      requestAnimationFrame(() => setTimeout(() => {
        if (state.lastMutationAt === at) state.paintedAt = performance.now();
      }, 0));
    }).observe(document.querySelector('main') ?? document.body, { childList: true, subtree: true, characterData: true, attributes: true });
  });
}

async function keystrokeToPaint(page: Page, key: string): Promise<number | null> {
  await page.keyboard.press(key === ' ' ? 'Space' : key);
  const handle = await page
    .waitForFunction(
      (quiet) => {
        const state = (window as unknown as { __benchSearch: { keydownAt: number; lastMutationAt: number; paintedAt: number } }).__benchSearch;
        return state.paintedAt > 0 && performance.now() - state.lastMutationAt >= quiet ? state.paintedAt - state.keydownAt : false;
      },
      QUIET_MS,
      { timeout: GIVE_UP_MS, polling: 20 },
    )
    .catch(() => null);
  return handle ? ((await handle.jsonValue()) as number) : null;
}

export async function measureSearchTyping(browser: Browser, host: BenchHost, entries: number, keystrokes: number): Promise<Measurement> {
  const name = `search keystroke → results painted, ${entries.toLocaleString('en')} reflections`;
  const described = { ...base, name, target: targetFor(entries) };
  const app = await openApp(browser, host.url);
  try {
    let found = await isPresent(app.page, searchInput, 1000);
    if (!found) {
      await goToView(app.page, 'Search');
      found = await isPresent(app.page, searchInput);
    }
    if (!found) return skipped(described, `${NOT_BUILT}: no search field (${searchInput})`);
    await app.page.locator(searchInput).first().click();
    await instrument(app.page);
    const samples: number[] = [];
    let unchanged = 0;
    for (const key of TYPED.slice(0, keystrokes)) {
      const latency = await keystrokeToPaint(app.page, key);
      if (latency === null) unchanged += 1;
      else samples.push(latency);
    }
    if (samples.length === 0) return skipped(described, 'no keystroke changed what the search view shows');
    return fromSamples(
      { ...described, notes: `keydown to the frame after the last DOM change in main; ${unchanged} keystroke(s) changed nothing and are left out` },
      samples,
    );
  } finally {
    await app.context.close();
  }
}
