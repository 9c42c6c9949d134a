// Other users of the computer cannot read the journal: every folder Cairn creates is 0700 and every file 0600 (POSIX).
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../../electron/core/core';
import { saveBounds } from '../../../../electron/main/windowState';
import { call, startCore, tempDir } from './coreFixture';

let core: Core | undefined;
afterEach(() => core?.close());

/** Every path under `dir` (itself included) with its permission bits. */
function modes(dir: string): Map<string, number> {
  const found = new Map<string, number>([[dir, fs.statSync(dir).mode & 0o777]]);
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) for (const [file, mode] of modes(full)) found.set(file, mode);
    else found.set(full, fs.statSync(full).mode & 0o777);
  }
  return found;
}

function expectPrivate(dir: string): void {
  for (const [file, mode] of modes(dir)) {
    const wanted = fs.statSync(file).isDirectory() ? 0o700 : 0o600;
    expect(mode.toString(8), path.relative(dir, file) || 'the data folder').toBe(wanted.toString(8));
  }
}

describe.skipIf(process.platform === 'win32')('file modes', () => {
  it('creates the data folder 0700 and the database, its side files, backups, lock, key check and window state 0600', async () => {
    const dataDir = path.join(tempDir(), 'data');
    core = startCore(dataDir);
    await call(core, 'reflections.create', { entryDate: '2026-01-01', title: 'private' });
    await call(core, 'backups.create', {});
    saveBounds(dataDir, { x: 0, y: 0, width: 800, height: 600 });
    const names = [...modes(dataDir).keys()].map((file) => path.relative(dataDir, file));
    expect(names).toEqual(expect.arrayContaining(['cairn.db', 'cairn.db-wal', 'cairn.db-shm', 'cairn.lock', 'cairn.keycheck', 'backups', 'window-state.json']));
    expectPrivate(dataDir);

    await call(core, 'security.setPassphrase', { passphrase: 'a private passphrase' });
    await call(core, 'backups.create', {});
    await call(core, 'security.changePassphrase', { current: 'a private passphrase', next: 'another passphrase' });
    expectPrivate(dataDir);
    const [backup] = await call(core, 'backups.list', {});
    await call(core, 'backups.restore', { name: backup!.name });
    expectPrivate(dataDir);
  });

  it('tightens a data folder other users could read, and says so once', async () => {
    const dataDir = tempDir();
    core = startCore(dataDir);
    await call(core, 'backups.create', {});
    core.close();
    fs.chmodSync(dataDir, 0o755);
    fs.chmodSync(path.join(dataDir, 'cairn.db'), 0o644);
    fs.chmodSync(path.join(dataDir, 'backups'), 0o755);

    core = startCore(dataDir);
    expect((await call(core, 'security.status', {})).notice).toMatch(/made it private/);
    expectPrivate(dataDir);
    core.close();
    core = startCore(dataDir);
    expect((await call(core, 'security.status', {})).notice).toBeNull();
  });
});
