// Test fixtures: each test gets its own data folder and host, and fails if the page asks for anything off 127.0.0.1.
import fs from 'node:fs';
import { test as base, expect } from '@playwright/test';
import { makeDataDir, startHost, type HostProcess } from './host';

export interface CairnFixtures {
  /** A new journal opens on the guided first run; most specs start past it (the first-run spec opts out). */
  firstRunDone: boolean;
  dataDir: string;
  host: HostProcess;
  offlineGuard: { requests: string[] };
}

export function isLoopback(raw: string): boolean {
  try {
    const url = new URL(raw);
    if (url.protocol === 'data:' || url.protocol === 'blob:' || url.protocol === 'about:') return true;
    return url.hostname === '127.0.0.1';
  } catch {
    return false;
  }
}

export const test = base.extend<CairnFixtures>({
  firstRunDone: [true, { option: true }],
  // Playwright requires an object pattern even when a fixture depends on nothing.
  // eslint-disable-next-line no-empty-pattern
  dataDir: async ({}, use) => {
    const dir = makeDataDir();
    await use(dir);
    fs.rmSync(dir, { recursive: true, force: true });
  },
  host: async ({ dataDir, firstRunDone }, use) => {
    const host = await startHost(dataDir, [], { firstRun: firstRunDone ? 'skip' : 'show' });
    await use(host);
    await host.stop();
  },
  offlineGuard: [
    async ({ context }, use) => {
      const guard = { requests: [] as string[] };
      await context.route('**/*', (route) => {
        const url = route.request().url();
        if (isLoopback(url)) return route.continue();
        guard.requests.push(url);
        return route.abort('blockedbyclient');
      });
      await use(guard);
      expect(guard.requests, 'the page tried to reach the network').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
