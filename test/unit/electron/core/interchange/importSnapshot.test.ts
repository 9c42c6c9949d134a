// Reads while an import is writing see the journal as last committed: never half an import that might still fail.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Core } from '../../../../../electron/core/core';
import { call, startCore } from '../coreFixture';
import { dayOneRequest } from './dayOneRequest';

let core: Core;
afterEach(() => {
  core?.close();
  vi.restoreAllMocks();
});

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

async function entryCount(): Promise<number> {
  const { reflectionDays } = await call(core, 'timeline.summary', {});
  return reflectionDays.reduce((sum, day) => sum + day.count, 0);
}

describe('reads during an import', () => {
  it.each([
    ['a plain journal', false],
    ['an encrypted journal', true],
  ])('count only what was committed before it, then everything once it commits (%s)', async (_label, encrypted) => {
    // Every look at the clock moves it on 50 ms, so the import yields between all its chunks on any machine.
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (clock += 50));
    core = startCore();
    if (encrypted) await call(core, 'security.setPassphrase', { passphrase: 'correct horse battery staple' });
    await call(core, 'reflections.create', { entryDate: '2026-11-02', body: 'Written before the import' });
    let writing = false;
    core.onProgress((progress) => {
      if (progress.phase === 'writing' && progress.state === 'running' && progress.done > 0) writing = true;
    });
    let finished = false;
    const imported = call(core, 'import.run', dayOneRequest(1500)).finally(() => {
      finished = true;
    });
    const seenMidway: number[] = [];
    while (!finished) {
      const count = await entryCount();
      const search = await call(core, 'search.query', { text: 'ridge' });
      if (writing && !finished) seenMidway.push(count, search.items.length);
      await nextTurn();
    }
    expect((await imported).imported).toBe(1500);
    // Reads answered while some chunks were written but not committed: each saw the journal before the import.
    expect(seenMidway.length).toBeGreaterThan(2);
    expect(new Set(seenMidway)).toEqual(new Set([1, 0]));
    expect(await entryCount()).toBe(1501);
  });
});
