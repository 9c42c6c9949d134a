// The sync folder as a sync engine leaves it: nothing readable in it, a wrong passphrase refused, damaged, missing,
// early and conflict-copied files handled, snapshots for a new device.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { unlockSyncFolder, WrongSyncPassphraseError } from '../../../../../electron/core/sync/syncKey';
import { writeSyncFile, type SyncPayload } from '../../../../../electron/core/sync/syncFiles';
import { readFolder } from '../../../../../electron/core/sync/syncReader';
import type { SyncChange } from '../../../../../shared/domain/sync/records';
import { makeTempDir, removeDir } from '../../../../support/tempDir';

const A = 'aaaaaaaaaaaaaaaa';
const B = 'bbbbbbbbbbbbbbbb';
/** Cheap settings so the test is quick; the key file records them, so readers use the same. */
const FAST = { N: 2 ** 10, r: 8, p: 1 };
const entry = '11111111-2222-4333-8444-555555555555';

let root: string;
beforeEach(() => {
  root = path.join(makeTempDir('cairn-sync-'), 'cairn-sync');
  fs.mkdirSync(root, { mode: 0o700 });
});
afterEach(() => removeDir(path.dirname(root)));

function change(seq: number, body: string, title = 'Day'): SyncChange {
  const hlc = `${String(1_765_000_000_000 + seq).padStart(15, '0')}-000000-${A}`;
  return { kind: 'reflection', id: entry, hlc, device: A, type: 'text', versionId: `v${seq}`, parents: seq > 1 ? [`v${seq - 1}`] : [], title, body };
}

function payload(seq: number, changes: SyncChange[], kind: SyncPayload['kind'] = 'log'): SyncPayload {
  return { format: 1, kind, device: A, seq, deviceName: 'Work laptop', writtenAt: new Date(0).toISOString(), seen: {}, changes };
}

const bodies = (payloads: SyncPayload[]) => payloads.flatMap((p) => p.changes.map((c) => (c.type === 'text' ? c.body : c.type)));

function allFiles(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((name) => path.join(dir, name)).filter((file) => fs.statSync(file).isFile());
}

describe('the sync folder', () => {
  it('holds nothing readable: no text, title, tag, value or person, and names show only device ids and numbers', async () => {
    const key = await unlockSyncFolder(root, 'correct horse battery', FAST);
    const markers = ['MARKER-BODY-TEXT', 'MARKER-TITLE', 'MARKER-TAG', 'MARKER-VALUE-NAME', 'MARKER-PERSON', 'Work laptop'];
    const changes: SyncChange[] = [
      change(1, `${markers[0]} ${markers[0]}`, markers[1]),
      { kind: 'reflection', id: entry, hlc: change(2, '').hlc, device: A, type: 'links', links: [{ set: 'tags', member: markers[2]!, present: true }] },
      { kind: 'value', id: 'v-1', hlc: change(3, '').hlc, device: A, type: 'fields', fields: { name: markers[3]! } },
      { kind: 'person', id: 'p-1', hlc: change(4, '').hlc, device: A, type: 'fields', fields: { name: markers[4]! } },
    ];
    writeSyncFile(root, key, payload(1, changes));
    writeSyncFile(root, key, payload(2, changes, 'snapshot'));
    const files = allFiles(root);
    expect(files.map((file) => path.relative(root, file)).sort()).toEqual([`${A}/1.cairnlog`, `${A}/2.cairnsnap`, 'sync.cairnkey']);
    for (const file of files) {
      const bytes = fs.readFileSync(file);
      for (const marker of markers) {
        expect(bytes.includes(Buffer.from(marker, 'utf8'))).toBe(false);
        expect(bytes.includes(Buffer.from(marker, 'utf16le'))).toBe(false);
      }
      if (process.platform !== 'win32') expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    }
    if (process.platform !== 'win32') expect(fs.statSync(path.join(root, A)).mode & 0o777).toBe(0o700);
    // And it reads back on the other device (from the snapshot, which covers the log before it).
    expect(bodies(readFolder(root, key, B, {}).payloads)).toEqual([`${markers[0]} ${markers[0]}`, 'links', 'fields', 'fields']);
  });

  it('refuses a wrong passphrase before reading anything, and accepts the right one again', async () => {
    await unlockSyncFolder(root, 'correct horse battery', FAST);
    await expect(unlockSyncFolder(root, 'Correct horse battery', FAST)).rejects.toBeInstanceOf(WrongSyncPassphraseError);
    await expect(unlockSyncFolder(root, 'correct horse battery', FAST)).resolves.toBeInstanceOf(Buffer);
  });

  it('rejects and reports a file with one flipped byte, and waits for it rather than skip past it', async () => {
    const key = await unlockSyncFolder(root, 'pass', FAST);
    const first = writeSyncFile(root, key, payload(1, [change(1, 'first')]));
    writeSyncFile(root, key, payload(2, [change(2, 'second')]));
    const bytes = fs.readFileSync(first);
    bytes[Math.floor(bytes.length / 2)]! ^= 0x01;
    fs.writeFileSync(first, bytes);
    const read = readFolder(root, key, B, {});
    expect(read.rejected).toEqual([`${A}/1.cairnlog`]);
    expect(read.payloads).toEqual([]);
    expect(read.cursors[A] ?? 0).toBe(0);
  });

  it('waits for a missing file and reads files arriving out of order once the gap fills, each once', async () => {
    const key = await unlockSyncFolder(root, 'pass', FAST);
    writeSyncFile(root, key, payload(2, [change(2, 'second')]));
    const early = readFolder(root, key, B, {});
    expect(early).toMatchObject({ payloads: [], waiting: [A], rejected: [] });
    writeSyncFile(root, key, payload(1, [change(1, 'first')]));
    const filled = readFolder(root, key, B, early.cursors);
    expect(bodies(filled.payloads)).toEqual(['first', 'second']);
    expect(readFolder(root, key, B, filled.cursors).payloads).toEqual([]);
  });

  it("reads a sync engine's conflict copy when it opens, and reports a file when nothing for its number opens", async () => {
    const key = await unlockSyncFolder(root, 'pass', FAST);
    const file = writeSyncFile(root, key, payload(1, [change(1, 'first')]));
    fs.renameSync(file, path.join(root, A, '1.sync-conflict-20261207-140000-ABCDEFG.cairnlog'));
    fs.writeFileSync(path.join(root, A, "1 (Sam's conflicted copy 2026-12-07).cairnlog"), 'not a cairn file');
    const read = readFolder(root, key, B, {});
    expect(bodies(read.payloads)).toEqual(['first']);
    expect(read.rejected).toEqual([]);
    // A copy under another name is sealed to its own: moved to another number it is refused.
    fs.renameSync(path.join(root, A, '1.sync-conflict-20261207-140000-ABCDEFG.cairnlog'), path.join(root, A, '2.cairnlog'));
    expect(readFolder(root, key, B, read.cursors).rejected).toEqual([`${A}/2.cairnlog`]);
  });

  it('builds a new device from the latest snapshot and the logs after it, even once older logs are gone', async () => {
    const key = await unlockSyncFolder(root, 'pass', FAST);
    writeSyncFile(root, key, { ...payload(3, [change(3, 'as of three')], 'snapshot'), seen: { cccccccccccccccc: 7 } });
    writeSyncFile(root, key, payload(4, [change(4, 'four')]));
    const read = readFolder(root, key, B, {});
    expect(bodies(read.payloads)).toEqual(['as of three', 'four']);
    expect(read.cursors).toEqual({ [A]: 4, cccccccccccccccc: 7 });
  });
});
