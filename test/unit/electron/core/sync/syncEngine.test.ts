// Two journals syncing through one folder: an entry written on one appears on the other, concurrent edits merge or are
// kept as conflicts in the entry's history, a delete loses to an edit it never saw, and a wrong passphrase changes nothing.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../../../electron/core/core';
import { call, tempDir } from '../coreFixture';
import { syncCore } from './syncFixture';


async function pair(folder = tempDir('cairn-synced-')): Promise<[Core, Core, string]> {
  const a = syncCore();
  const b = syncCore();
  await a.sync.configure({ folder, passphrase: 'one shared secret', deviceName: 'Laptop' });
  await b.sync.configure({ folder, passphrase: 'one shared secret', deviceName: 'Desktop' });
  return [a, b, folder];
}

const both = (a: Core, b: Core) => {
  a.sync.run();
  b.sync.run();
  a.sync.run();
};

describe('sync between two journals', () => {
  it('shows an entry written on one computer on the other, and tells open views', async () => {
    const [a, b] = await pair();
    const written = await call(a, 'reflections.create', { entryDate: '2026-12-07', title: 'First day', body: 'Met the team.', tags: ['work'], energy: 4 });
    const seen: string[][] = [];
    b.onChange((change) => seen.push(change.ids.reflections ? [...change.ids.reflections] : []));
    both(a, b);
    const onB = await call(b, 'reflections.get', { id: written.id });
    expect(onB).toMatchObject({ title: 'First day', body: 'Met the team.', tags: ['work'], energy: 4, entryDate: '2026-12-07' });
    expect(seen).toContainEqual([written.id]);
  });

  it('merges edits of different lines made on both, and keeps the other of two edits to one line in the history', async () => {
    const [a, b] = await pair();
    const { id } = await call(a, 'reflections.create', { entryDate: '2026-12-07', title: 'Day', body: 'morning\nnoon\nevening\n' });
    both(a, b);
    await call(a, 'reflections.update', { id, body: 'MORNING\nnoon\nevening\n' });
    await call(b, 'reflections.update', { id, body: 'morning\nnoon\nEVENING\n' });
    both(a, b);
    b.sync.run();
    expect((await call(a, 'reflections.get', { id })).body).toBe('MORNING\nnoon\nEVENING\n');
    expect((await call(b, 'reflections.get', { id })).body).toBe('MORNING\nnoon\nEVENING\n');

    await call(a, 'reflections.update', { id, body: 'MORNING\nnoon with Ana\nEVENING\n' });
    await call(b, 'reflections.update', { id, body: 'MORNING\nnoon with Kim\nEVENING\n' });
    both(a, b);
    b.sync.run();
    const onA = await call(a, 'reflections.get', { id });
    const onB = await call(b, 'reflections.get', { id });
    expect(onA.body).toBe(onB.body);
    const other = onA.body.includes('Ana') ? 'noon with Kim' : 'noon with Ana';
    for (const side of [a, b]) {
      const history = await call(side, 'reflections.history', { id });
      expect(history.map((version) => version.body)).toContain(`MORNING\n${other}\nEVENING\n`);
    }
    expect(a.sync.store().conflicts().length + b.sync.store().conflicts().length).toBeGreaterThan(0);
  });

  it('keeps an entry edited on one computer while the other deleted it without seeing the edit', async () => {
    const [a, b] = await pair();
    const { id } = await call(a, 'reflections.create', { entryDate: '2026-12-07', title: 'Kept', body: 'first' });
    both(a, b);
    await call(a, 'reflections.update', { id, body: 'edited' });
    await call(b, 'reflections.delete', { id });
    both(a, b);
    b.sync.run();
    expect((await call(a, 'reflections.get', { id })).body).toBe('edited');
    expect((await call(b, 'reflections.get', { id })).body).toBe('edited');
    // Deleted again once it has seen the edit: gone on both, waiting in Recently deleted.
    await call(b, 'reflections.delete', { id });
    both(a, b);
    expect((await call(a, 'trash.list', {})).map((item) => item.id)).toContain(id);
  });

  it("builds a new computer from a fresh folder alone once the old folder is lost, other computers' entries included", async () => {
    const [a, b] = await pair();
    const fromB = await call(b, 'reflections.create', { entryDate: '2026-12-01', title: 'Written on B', body: 'b' });
    both(a, b);
    const fresh = tempDir('cairn-synced-');
    await a.sync.configure({ folder: fresh, passphrase: 'a new secret', deviceName: 'Laptop' });
    a.sync.run();
    const c = syncCore();
    await c.sync.configure({ folder: fresh, passphrase: 'a new secret', deviceName: 'New desktop' });
    c.sync.run();
    expect(await call(c, 'reflections.get', { id: fromB.id })).toMatchObject({ title: 'Written on B', body: 'b' });
  });

  it('refuses a wrong sync passphrase on the second computer and writes nothing', async () => {
    const folder = tempDir('cairn-synced-');
    const a = syncCore();
    await a.sync.configure({ folder, passphrase: 'right one', deviceName: 'Laptop' });
    const b = syncCore();
    await expect(b.sync.configure({ folder, passphrase: 'wrong one', deviceName: 'Desktop' })).rejects.toThrow(/does not open this sync folder/);
    expect(b.sync.settings()).toBeNull();
    expect(fs.readdirSync(path.join(folder, 'cairn-sync'))).toEqual(['sync.cairnkey']);
  });
});
