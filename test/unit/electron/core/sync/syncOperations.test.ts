// Sync set up through the contract, as Settings → Sync does it: start, join, a wrong passphrase or folder refused with a
// clear message, the first sync's progress, rename, pause, status with devices and pending changes, and stop.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Progress } from '../../../../../shared/progress';
import { call, failure, tempDir } from '../coreFixture';
import { syncCore } from './syncFixture';


describe('sync through the contract', () => {
  it('starts on one computer and joins on another, whose first sync brings the journal with its progress', async () => {
    const folder = tempDir('cairn-synced-');
    const a = syncCore();
    const written = await call(a, 'reflections.create', { entryDate: '2026-12-07', title: 'From the laptop', body: 'hello' });
    const started = await call(a, 'sync.setUp', { mode: 'start', folder, deviceName: 'Laptop', passphrase: 'a long sync secret' });
    expect(started).toMatchObject({ state: 'on', folder, deviceName: 'Laptop', pendingOut: 0 });

    const b = syncCore();
    const progress: Progress[] = [];
    b.onProgress((event) => progress.push(event));
    const jobId = '0d7e7f0e-5a0c-4c57-9a0e-3f3e2b8b9d11';
    const joined = await call(b, 'sync.setUp', { mode: 'join', folder, deviceName: 'Desktop', passphrase: 'a long sync secret', jobId });
    expect(await call(b, 'reflections.get', { id: written.id })).toMatchObject({ title: 'From the laptop', body: 'hello' });
    expect(joined.devices.map((device) => [device.name, device.thisComputer])).toEqual([['Desktop', true], ['Laptop', false]]);
    expect(progress.map((event) => event.phase)).toContain('writing');
    expect(progress.at(-1)).toMatchObject({ jobId, state: 'done' });
    expect(progress.every((event) => event.jobId === jobId)).toBe(true);
  });

  it('keeps the entries a joining computer already had, and brings them to the first', async () => {
    const folder = tempDir('cairn-synced-');
    const a = syncCore();
    await call(a, 'sync.setUp', { mode: 'start', folder, deviceName: 'Laptop', passphrase: 'a long sync secret' });
    const b = syncCore();
    const own = await call(b, 'reflections.create', { entryDate: '2026-12-06', title: 'Written before joining', body: 'mine' });
    await call(b, 'sync.setUp', { mode: 'join', folder, deviceName: 'Desktop', passphrase: 'a long sync secret' });
    expect(await call(b, 'reflections.get', { id: own.id })).toMatchObject({ title: 'Written before joining' });
    a.sync.run();
    expect(await call(a, 'reflections.get', { id: own.id })).toMatchObject({ title: 'Written before joining', body: 'mine' });
  });

  it('after the folder is lost, stops and starts again on a new one, from which a new computer gets every entry', async () => {
    const lost = tempDir('cairn-synced-');
    const [a, b] = [syncCore(), syncCore()];
    await call(a, 'sync.setUp', { mode: 'start', folder: lost, deviceName: 'Laptop', passphrase: 'a long sync secret' });
    await call(b, 'sync.setUp', { mode: 'join', folder: lost, deviceName: 'Desktop', passphrase: 'a long sync secret' });
    const fromB = await call(b, 'reflections.create', { entryDate: '2026-12-06', title: 'Written on the desktop', body: 'b' });
    b.sync.run();
    a.sync.run();
    fs.rmSync(lost, { recursive: true, force: true });

    const fresh = tempDir('cairn-synced-');
    await call(a, 'sync.stop', {});
    await call(a, 'sync.setUp', { mode: 'start', folder: fresh, deviceName: 'Laptop', passphrase: 'a new sync secret' });
    const c = syncCore();
    await call(c, 'sync.setUp', { mode: 'join', folder: fresh, deviceName: 'New desktop', passphrase: 'a new sync secret' });
    expect(await call(c, 'reflections.get', { id: fromB.id })).toMatchObject({ title: 'Written on the desktop', body: 'b' });
  });

  it('refuses a wrong passphrase, a folder with no sync to join and a second start, saying what to do', async () => {
    const folder = tempDir('cairn-synced-');
    const a = syncCore();
    await call(a, 'sync.setUp', { mode: 'start', folder, deviceName: 'Laptop', passphrase: 'a long sync secret' });
    const b = syncCore();
    expect(await failure(b, 'sync.setUp', { mode: 'join', folder, deviceName: 'Desktop', passphrase: 'not the one' })).toEqual({
      code: 'WRONG_PASSPHRASE',
      message: expect.stringMatching(/does not open this sync folder/),
    });
    expect((await call(b, 'sync.status', {})).state).toBe('off');
    const empty = tempDir('cairn-empty-');
    expect((await failure(b, 'sync.setUp', { mode: 'join', folder: empty, deviceName: 'Desktop', passphrase: 'x' })).message).toMatch(/no Cairn sync in it yet/);
    expect(fs.readdirSync(empty)).toEqual([]);
    expect((await failure(b, 'sync.setUp', { mode: 'start', folder, deviceName: 'Desktop', passphrase: 'a long sync secret' })).message).toMatch(/Join it instead/);
    expect((await failure(b, 'sync.setUp', { mode: 'join', folder: path.join(empty, 'missing'), deviceName: 'D', passphrase: 'x' })).message).toMatch(/There is no folder at/);
    expect((await failure(b, 'sync.setUp', { mode: 'join', folder: 'relative/folder', deviceName: 'D', passphrase: 'x' })).code).toBe('VALIDATION');
  });

  it('renames this computer, pauses and resumes, counts what is waiting to go out, and stops', async () => {
    const folder = tempDir('cairn-synced-');
    const a = syncCore();
    await call(a, 'sync.setUp', { mode: 'start', folder, deviceName: 'Laptop', passphrase: 'a long sync secret' });
    expect((await call(a, 'sync.rename', { deviceName: '  Work laptop ' })).deviceName).toBe('Work laptop');
    expect((await call(a, 'sync.pause', {})).state).toBe('paused');
    await call(a, 'reflections.create', { entryDate: '2026-12-07', title: 'While paused', body: 'x' });
    expect(a.sync.run()).toBeNull();
    expect((await call(a, 'sync.status', {})).pendingOut).toBeGreaterThan(0);
    expect((await call(a, 'sync.resume', {})).state).toBe('on');
    a.sync.run();
    expect((await call(a, 'sync.status', {})).pendingOut).toBe(0);

    const b = syncCore();
    await call(b, 'sync.setUp', { mode: 'join', folder, deviceName: 'Desktop', passphrase: 'a long sync secret' });
    await call(a, 'reflections.create', { entryDate: '2026-12-08', title: 'Next', body: 'y' });
    a.sync.run();
    expect((await call(b, 'sync.status', {})).pendingIn).toBe(1);
    b.sync.run();
    expect((await call(b, 'sync.status', {})).devices.find((device) => !device.thisComputer)?.name).toBe('Work laptop');

    const stopped = await call(b, 'sync.stop', {});
    expect(stopped).toMatchObject({ state: 'off', devices: [] });
    expect((await call(b, 'reflections.list', { limit: 10 })).items.map((item) => item.title).sort()).toEqual(['Next', 'While paused']);
    expect(fs.existsSync(path.join(folder, 'cairn-sync', 'sync.cairnkey'))).toBe(true);
  });

  it('reports an entry kept in two versions until it is reviewed', async () => {
    const folder = tempDir('cairn-synced-');
    const [a, b] = [syncCore(), syncCore()];
    await call(a, 'sync.setUp', { mode: 'start', folder, deviceName: 'Laptop', passphrase: 'a long sync secret' });
    await call(b, 'sync.setUp', { mode: 'join', folder, deviceName: 'Desktop', passphrase: 'a long sync secret' });
    const { id } = await call(a, 'reflections.create', { entryDate: '2026-12-07', title: 'Day', body: 'noon\n' });
    a.sync.run();
    b.sync.run();
    await call(a, 'reflections.update', { id, body: 'noon with Ana\n' });
    await call(b, 'reflections.update', { id, body: 'noon with Kim\n' });
    a.sync.run();
    b.sync.run();
    a.sync.run();
    const withConflict = (await call(a, 'sync.status', {})).conflicts.length > 0 ? a : b;
    expect((await call(withConflict, 'sync.status', {})).conflicts.map((conflict) => conflict.reflectionId)).toEqual([id]);
    expect((await call(withConflict, 'sync.reviewed', { reflectionId: id })).conflicts).toEqual([]);
  });
});
