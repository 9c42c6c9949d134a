// Entry history: autosaves coalesce into one version per editing session (at most 10 minutes each), restorable, out of search.
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../../electron/core/core';
import { VERSION_SPAN_MS } from '../../../../shared/domain/reflectionHistory';
import { call, failure, startCore } from './coreFixture';

let now = Date.parse('2026-03-01T09:00:00.000Z');
const clock = () => new Date(now);
let core: Core | undefined;
afterEach(() => core?.close());

/** Types `words` one autosave every `stepMs` (0.5 s, as the editor does), in one editing session. */
async function typeSession(target: Core, id: string, start: string, words: string[], session = randomUUID(), stepMs = 500): Promise<string> {
  let body = start;
  for (const word of words) {
    body += word;
    now += stepMs;
    await call(target, 'reflections.update', { id, body, editSession: session });
  }
  return body;
}

describe('entry history', () => {
  it('keeps one version per editing session however many autosaves it had, each pointing at the one before', async () => {
    core = startCore(undefined, { clock });
    const { id } = await call(core, 'reflections.create', { entryDate: '2026-03-01' });
    const first = await typeSession(core, id, '', ['First', ' draft', ' of', ' the', ' day']);
    now += 60_000;
    const second = await typeSession(core, id, first, [' and', ' more']);
    now += 60_000;
    const third = await typeSession(core, id, second, [' and', ' the', ' end']);

    const history = await call(core, 'reflections.history', { id });
    expect(history.map((version) => version.body)).toEqual([third, second, first]);
    expect(history.map((version) => version.origin)).toEqual(['edit', 'edit', 'edit']);
    expect(history.map((version) => version.parentId)).toEqual([history[1]!.id, history[2]!.id, null]);
  });

  it('cuts a long session into versions of at most ten minutes of typing', async () => {
    core = startCore(undefined, { clock });
    const { id } = await call(core, 'reflections.create', { entryDate: '2026-03-01' });
    const session = randomUUID();
    // 25 minutes of typing, saved every 20 s to keep the test quick: the rule depends on time, not on the save rate.
    const saves = (25 * 60_000) / 20_000;
    await typeSession(core, id, '', Array.from({ length: saves }, (_, i) => ` w${i}`), session, 20_000);
    const history = await call(core, 'reflections.history', { id });
    expect(history).toHaveLength(3);
    for (const version of history) expect(Date.parse(version.savedAt) - Date.parse(version.startedAt)).toBeLessThan(VERSION_SPAN_MS);
  });

  it('starts no version for a change that leaves the text alone', async () => {
    core = startCore(undefined, { clock });
    const { id } = await call(core, 'reflections.create', { entryDate: '2026-03-01', body: 'Written once' });
    await call(core, 'reflections.update', { id, tags: ['calm'], energy: 3 });
    expect(await call(core, 'reflections.history', { id })).toEqual([]);
  });

  it('restores an earlier text as a new version of its own, which later typing does not overwrite', async () => {
    core = startCore(undefined, { clock });
    const { id } = await call(core, 'reflections.create', { entryDate: '2026-03-01', title: 'Walk', body: 'Before history' });
    const session = randomUUID();
    await typeSession(core, id, 'Before history', [' then', ' edits'], session);
    const [edit, original] = await call(core, 'reflections.history', { id });
    expect(original).toMatchObject({ origin: 'original', body: 'Before history', title: 'Walk' });

    const restored = await call(core, 'reflections.restoreVersion', { id, versionId: original!.id });
    expect(restored).toMatchObject({ title: 'Walk', body: 'Before history' });
    await typeSession(core, id, 'Before history', [' again'], session);
    const history = await call(core, 'reflections.history', { id });
    expect(history.map((version) => [version.origin, version.body])).toEqual([
      ['edit', 'Before history again'],
      ['restore', 'Before history'],
      ['edit', edit!.body],
      ['original', 'Before history'],
    ]);
    expect(history[1]).toMatchObject({ restoredFrom: original!.id, parentId: edit!.id });
    expect((await call(core, 'search.query', { text: 'edits' })).items).toEqual([]);
    expect((await call(core, 'search.query', { text: 'again' })).items.map((hit) => hit.id)).toEqual([id]);
    expect(await failure(core, 'reflections.restoreVersion', { id, versionId: randomUUID() })).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('keeps a deleted reflection’s history while it waits in Recently deleted', async () => {
    core = startCore(undefined, { clock });
    const { id } = await call(core, 'reflections.create', { entryDate: '2026-03-01', body: 'One' });
    await typeSession(core, id, 'One', [' two']);
    await call(core, 'reflections.delete', { id });
    await call(core, 'trash.restore', { kind: 'reflection', id });
    expect((await call(core, 'reflections.history', { id })).map((version) => version.body)).toEqual(['One two', 'One']);
  });
});
