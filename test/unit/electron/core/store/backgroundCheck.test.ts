// The open checks only what is cheap; the full integrity check after it finds the rest and shows the journal as damaged.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CoreChange } from '../../../../../shared/changes';
import { DATABASE_FILE, type Core } from '../../../../../electron/core/core';
import { checkOnThisThread } from '../../../../../electron/core/store/openChecks';
import { checkInThread } from '../../../../../electron/core/worker/integrityThread';
import { startCoreThread, type CoreEvent, type CoreThread } from '../../../../../electron/core/worker/coreThread';
import { coreWorkerScript } from '../../../../support/coreWorkerScript';
import { call, failure, fastTempDir, startCore, tempDir } from '../coreFixture';

let core: Core | undefined;
let thread: CoreThread | undefined;
afterEach(async () => {
  core?.close();
  core = undefined;
  await thread?.close();
  thread = undefined;
});

const ENTRIES = 120;

/** A closed journal with enough entries for the reflections table to span many pages, and a backup of it. */
async function journalWithBackup(): Promise<{ dataDir: string; file: string; backupName: string }> {
  const dataDir = fastTempDir();
  core = startCore(dataDir);
  for (let i = 0; i < ENTRIES; i += 1) {
    await call(core, 'reflections.create', { entryDate: '2026-01-01', body: `Entry ${i}: ${'walked the ridge and thought it over. '.repeat(60)}` });
  }
  const backup = await call(core, 'backups.create', {});
  core.close();
  core = undefined;
  return { dataDir, file: path.join(dataDir, DATABASE_FILE), backupName: backup.name };
}

/** A leaf page of the reflections table in its middle: neither the open's sample nor the first page of entries reads it. */
function middleLeafOffset(file: string): number {
  const db = new Database(file, { readonly: true });
  try {
    const leaves = db.prepare("SELECT pageno FROM dbstat WHERE name = 'reflections' AND pagetype = 'leaf' ORDER BY path").pluck().all() as number[];
    expect(leaves.length).toBeGreaterThan(10);
    const page = leaves[Math.floor(leaves.length / 2)]!;
    return (page - 1) * (db.pragma('page_size', { simple: true }) as number);
  } finally {
    db.close();
  }
}

/** Damages the page's b-tree header (its type byte and cell count), as a bad sector or a stray write would. */
function damagePage(file: string, offset: number): void {
  const handle = fs.openSync(file, 'r+');
  try {
    fs.writeSync(handle, Buffer.alloc(8, 0xff), 0, 8, offset);
    fs.fsyncSync(handle);
  } finally {
    fs.closeSync(handle);
  }
}

function nextChange(target: Core): Promise<CoreChange> {
  return new Promise((resolve) => {
    const stop = target.onChange((change) => {
      stop();
      resolve(change);
    });
  });
}

describe('the background integrity check', () => {
  it('finds damage the open does not read, then refuses every write and offers the newest good backup', async () => {
    const { dataDir, file, backupName } = await journalWithBackup();
    damagePage(file, middleLeafOffset(file));
    core = startCore(dataDir);
    const announced = nextChange(core);
    expect((await call(core, 'security.status', {})).state).toBe('open');
    expect((await call(core, 'reflections.list', { limit: 5 })).items).toHaveLength(5);

    expect(await announced).toEqual({ aggregates: ['security'], ids: {} });
    const status = await call(core, 'security.status', {});
    expect([status.state, status.problemKind]).toEqual(['corrupt', 'damaged']);
    expect(status.problem).toBeTruthy();
    expect(status.suggestedBackup?.name).toBe(backupName);
    expect((await failure(core, 'reflections.create', { entryDate: '2026-01-03', body: 'never saved' })).code).toBe('DB_CORRUPT');
    expect((await failure(core, 'reflections.list', {})).code).toBe('DB_CORRUPT');
  });

  it('reports damage that happens to the file after it was opened', async () => {
    const { dataDir, file } = await journalWithBackup();
    core = startCore(dataDir);
    const announced = nextChange(core);
    damagePage(file, middleLeafOffset(file));
    await announced;
    expect((await call(core, 'security.status', {})).problemKind).toBe('damaged');
  });

  it('leaves a sound journal open and says nothing', async () => {
    const { dataDir } = await journalWithBackup();
    const changes: CoreChange[] = [];
    let checked!: () => void;
    const done = new Promise<void>((resolve) => (checked = resolve));
    core = startCore(dataDir, {
      integrityCheck: async (checkedFile, passphrase, signal) => {
        const result = await checkOnThisThread(checkedFile, passphrase, signal);
        setImmediate(checked);
        return result;
      },
    });
    core.onChange((change) => changes.push(change));
    await done;
    expect((await call(core, 'security.status', {})).state).toBe('open');
    expect(changes).toEqual([]);
  });

  it('never reports a check that could not run as damage', async () => {
    const { dataDir } = await journalWithBackup();
    const unexpected: unknown[] = [];
    let failed!: () => void;
    const reported = new Promise<void>((resolve) => (failed = resolve));
    core = startCore(dataDir, {
      integrityCheck: () => Promise.reject(new Error('out of memory')),
      onUnexpectedError: (error) => {
        unexpected.push(error);
        failed();
      },
    });
    await reported;
    expect(String(unexpected[0])).toContain('could not run: out of memory');
    expect((await call(core, 'security.status', {})).state).toBe('open');
    await call(core, 'reflections.create', { entryDate: '2026-01-03', body: 'still saved' });
  });
});

describe('the background integrity check in the core worker', () => {
  let entry: string;
  beforeAll(async () => {
    entry = await coreWorkerScript();
  });

  it('runs in a thread of its own and shows the journal as damaged through the change feed', async () => {
    const { dataDir, file, backupName } = await journalWithBackup();
    damagePage(file, middleLeafOffset(file));
    thread = await startCoreThread({ entry, dataDir, appVersion: '0.0.0-test', host: 'browser', log: () => {} });
    const announced = new Promise<CoreEvent>((resolve) => thread?.onEvent(resolve));
    expect((await call(thread, 'reflections.list', { limit: 5 })).items).toHaveLength(5);
    expect(await announced).toEqual({ name: 'core:changed', payload: { aggregates: ['security'], ids: {} } });
    const status = await call(thread, 'security.status', {});
    expect([status.state, status.problemKind, status.suggestedBackup?.name]).toEqual(['corrupt', 'damaged', backupName]);
  });
});

describe('the integrity thread', () => {
  it('rejects, with no verdict, when its thread dies before answering', async () => {
    const script = path.join(tempDir(), 'dies.cjs');
    fs.writeFileSync(script, 'process.exit(3);');
    const check = checkInThread(script)('/nowhere/cairn.db', null, new AbortController().signal);
    await expect(check).rejects.toThrow('The integrity check stopped (exit code 3).');
  });
});
