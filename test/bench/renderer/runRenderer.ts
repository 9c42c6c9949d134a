// The renderer group: seeds two data folders, starts the browser host on each and runs the browser measurements.
import type { Browser } from 'playwright-core';
import { generateExperiments, generateReflections } from '../corpus';
import type { BenchOptions, RendererPart } from '../options';
import type { Measurement } from '../results';
import { seedDataFolder } from '../store/seedJournal';
import type { Workspace } from '../workspace';
import { launchBrowser } from './browser';
import { startBenchHost, type BenchHost } from './browserHost';
import { measureCairnTimeline } from './cairnTimeline';
import { measureChangeFeed } from './changeFeed';
import { measureInsight } from './insightRender';
import { measureJournalOpen } from './journalOpen';
import { measureSearchTyping } from './searchTyping';
import { measureVennDrag } from './vennDrag';
import { measureVisTimeline } from './visTimeline';
import { serveVisTimeline } from './visTimelinePage';

const wants = (options: BenchOptions, part: RendererPart) => options.rendererParts?.has(part) ?? true;

async function withHost<T>(repoRoot: string, dataDir: string, use: (host: BenchHost) => Promise<T>): Promise<T> {
  const host = await startBenchHost(repoRoot, dataDir);
  try {
    return await use(host);
  } finally {
    await host.stop();
  }
}

async function journalMeasurements(browser: Browser, options: BenchOptions, workspace: Workspace, repoRoot: string, log: (line: string) => void) {
  const dataDir = workspace.folder('renderer-journal');
  await seedDataFolder(dataDir, { reflections: options.rendererEntries, seed: options.seed });
  log(`seeded ${options.rendererEntries} reflections for the browser`);
  return withHost(repoRoot, dataDir, async (host) => {
    const results: Measurement[] = [];
    if (wants(options, 'open')) {
      results.push(...(await measureJournalOpen(browser, host, options.rendererEntries, options.interactiveRuns)));
      log('measured time to interactive and memory');
    }
    if (wants(options, 'search')) {
      results.push(await measureSearchTyping(browser, host, options.rendererEntries, options.searchKeystrokes));
      log('measured search typing (or recorded why not)');
    }
    if (wants(options, 'venn')) {
      results.push(...(await measureVennDrag(browser, host, options.vennMoves)));
      log('measured the Venn drag (or recorded why not)');
    }
    if (wants(options, 'feed')) {
      results.push(...(await measureChangeFeed(browser, host, options.rendererEntries, options.feedWrites)));
      log('measured the change feed (or recorded why not)');
    }
    return results;
  });
}

/** Typing into a search of a journal ten times the size of the one the other measurements open. */
async function largeSearchMeasurement(browser: Browser, options: BenchOptions, workspace: Workspace, repoRoot: string, log: (line: string) => void) {
  const dataDir = workspace.folder('renderer-journal-large');
  await seedDataFolder(dataDir, { reflections: options.rendererLargeEntries, seed: options.seed });
  log(`seeded ${options.rendererLargeEntries} reflections for the browser`);
  const result = await withHost(repoRoot, dataDir, (host) => measureSearchTyping(browser, host, options.rendererLargeEntries, options.searchKeystrokes));
  log('measured search typing in the large journal (or recorded why not)');
  return result;
}

async function timelineMeasurements(browser: Browser, options: BenchOptions, workspace: Workspace, repoRoot: string, log: (line: string) => void) {
  const plan = options.timeline;
  const label = `${plan.reflections.toLocaleString('en')} reflections, ${plan.experiments} experiments, ${plan.versions} versions`;
  const dataDir = workspace.folder('renderer-timeline');
  await seedDataFolder(dataDir, { reflections: plan.reflections, experiments: plan.experiments, strategyVersions: plan.versions, seed: options.seed });
  const results = await withHost(repoRoot, dataDir, (host) => measureCairnTimeline(browser, host, { ...plan, label }));
  log("measured Cairn's timeline (or recorded why not)");
  const today = new Date().toISOString().slice(0, 10);
  const server = await serveVisTimeline(repoRoot, {
    reflections: generateReflections(plan.reflections, options.seed),
    experiments: generateExperiments(plan.experiments, options.seed),
    versions: Array.from({ length: plan.versions }, () => today),
  });
  try {
    results.push(...(await measureVisTimeline(browser, server, { ...plan, label })));
  } finally {
    await server.close();
  }
  log('measured vis-timeline on the same items');
  return results;
}

/**
 * Insight over a journal whose reflections all fall in its default window (the last 13 weeks), so its first render
 * computes and draws every one of them: the shape the target is about.
 */
async function insightMeasurements(browser: Browser, options: BenchOptions, workspace: Workspace, repoRoot: string, log: (line: string) => void) {
  const plan = options.insight;
  const dataDir = workspace.folder('renderer-insight');
  await seedDataFolder(dataDir, { reflections: plan.reflections, seed: options.seed, newest: new Date(), spanDays: 84 });
  log(`seeded ${plan.reflections} reflections over the last 12 weeks for Insight`);
  const results = await withHost(repoRoot, dataDir, (host) => measureInsight(browser, host, plan));
  log('measured Insight (or recorded why not)');
  return results;
}

export async function runRendererGroup(
  options: BenchOptions,
  workspace: Workspace,
  repoRoot: string,
  log: (line: string) => void,
): Promise<{ chromiumVersion: string | null; measurements: Measurement[] }> {
  const browser = await launchBrowser();
  try {
    const measurements: Measurement[] = [];
    if (['open', 'search', 'venn', 'feed'].some((part) => wants(options, part as RendererPart))) {
      measurements.push(...(await journalMeasurements(browser, options, workspace, repoRoot, log)));
    }
    if (wants(options, 'search-large')) measurements.push(await largeSearchMeasurement(browser, options, workspace, repoRoot, log));
    if (wants(options, 'timeline')) measurements.push(...(await timelineMeasurements(browser, options, workspace, repoRoot, log)));
    if (wants(options, 'insight')) measurements.push(...(await insightMeasurements(browser, options, workspace, repoRoot, log)));
    return { chromiumVersion: browser.version(), measurements };
  } finally {
    await browser.close();
  }
}
