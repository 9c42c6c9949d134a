// An entry made with New reflection and left as it was is removed; one holding anything, now or in its history, stays.
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../../electron/core/core';
import { call, startCore } from './coreFixture';

let core: Core | undefined;
afterEach(() => core?.close());

const blank = { entryDate: '2026-02-27', title: '', body: '' };

describe('reflections.discardBlank', () => {
  it('removes an untouched entry for good: not listed, not in Recently deleted', async () => {
    core = startCore();
    const entry = await call(core, 'reflections.create', blank);
    expect(await call(core, 'reflections.discardBlank', { id: entry.id })).toEqual({ discarded: true });
    expect((await call(core, 'reflections.list', {})).items).toEqual([]);
    expect(await call(core, 'trash.list', {})).toEqual([]);
  });

  it('keeps an entry with words in its body or title, a tag or a value', async () => {
    core = startCore();
    const value = await call(core, 'values.create', { label: 'Teaching' });
    const kept = [
      await call(core, 'reflections.create', { ...blank, body: 'One line' }),
      await call(core, 'reflections.create', { ...blank, title: 'A title' }),
      await call(core, 'reflections.create', { ...blank, tags: ['craft'] }),
      await call(core, 'reflections.create', { ...blank, valueIds: [value.id] }),
    ];
    for (const entry of kept) expect(await call(core, 'reflections.discardBlank', { id: entry.id })).toEqual({ discarded: false });
    expect((await call(core, 'reflections.list', {})).items).toHaveLength(kept.length);
  });

  it('keeps an entry emptied now whose history holds words, so they can still be restored', async () => {
    core = startCore();
    const entry = await call(core, 'reflections.create', { ...blank, body: 'Words worth keeping' });
    await call(core, 'reflections.update', { id: entry.id, body: '' });
    expect(await call(core, 'reflections.discardBlank', { id: entry.id })).toEqual({ discarded: false });
    const history = await call(core, 'reflections.history', { id: entry.id });
    expect(history.some((version) => version.body.includes('Words worth keeping'))).toBe(true);
  });
});
