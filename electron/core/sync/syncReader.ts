// Reads what other devices wrote since this one last looked: each device's files in order, a gap or a bad file waits.
import type { DeviceId } from '../../../shared/domain/sync/hlc';
import { listSyncFiles, readSyncFile, type SyncFile, type SyncPayload } from './syncFiles';

/** How far this device has applied each device's log (0: nothing yet). */
export type Cursors = Record<DeviceId, number>;

export interface FolderRead {
  /** In the order to apply them: per device, a snapshot first when one is ahead, then its logs without gaps. */
  readonly payloads: SyncPayload[];
  /** Files that exist but could not be opened (damaged, incomplete, under another key): reported, not applied. */
  readonly rejected: string[];
  /** Devices whose next file has not arrived while later ones have. */
  readonly waiting: DeviceId[];
}

function byDevice(files: SyncFile[]): Map<DeviceId, SyncFile[]> {
  const devices = new Map<DeviceId, SyncFile[]>();
  for (const file of files) devices.set(file.device, [...(devices.get(file.device) ?? []), file]);
  return devices;
}

/**
 * The first of `candidates` that opens (the file itself before its conflict copies), or null; the ones that failed are
 * reported only when none opened, since then the device's log waits on them.
 */
function firstReadable(key: Buffer, candidates: SyncFile[], rejected: string[]): SyncPayload | null {
  for (const file of [...candidates].sort((a, b) => Number(a.copy) - Number(b.copy) || (a.name < b.name ? -1 : 1))) {
    const payload = readSyncFile(key, file);
    if (payload) return payload;
  }
  rejected.push(...candidates.map((file) => file.name).sort());
  return null;
}

/**
 * Everything new in the folder for a device that has applied `cursors`. Snapshots come first (a new device builds its
 * journal from them instead of every log), and move the cursors of every device they cover; then each device's logs.
 */
export function readFolder(root: string, key: Buffer, self: DeviceId, cursors: Cursors): FolderRead & { cursors: Cursors } {
  const payloads: SyncPayload[] = [];
  const rejected: string[] = [];
  const waiting: DeviceId[] = [];
  const next: Cursors = { ...cursors };
  const devices = [...byDevice(listSyncFiles(root))].filter(([device]) => device !== self);
  for (const [device, files] of devices) {
    const ahead = files.filter((file) => file.kind === 'snapshot' && file.seq > (next[device] ?? 0));
    for (const seq of [...new Set(ahead.map((file) => file.seq))].sort((a, b) => b - a)) {
      const snapshot = firstReadable(key, ahead.filter((file) => file.seq === seq), rejected);
      if (!snapshot) continue;
      payloads.push(snapshot);
      for (const [other, seen] of Object.entries({ ...snapshot.seen, [device]: snapshot.seq })) {
        if (other !== self) next[other] = Math.max(next[other] ?? 0, seen);
      }
      break;
    }
  }
  for (const [device, files] of devices) {
    const logs = new Map<number, SyncFile[]>();
    for (const file of files) if (file.kind === 'log' && file.seq > (next[device] ?? 0)) logs.set(file.seq, [...(logs.get(file.seq) ?? []), file]);
    const lastSeq = Math.max(0, ...logs.keys());
    for (let seq = (next[device] ?? 0) + 1; seq <= lastSeq; seq += 1) {
      const candidates = logs.get(seq);
      if (!candidates) {
        waiting.push(device);
        break;
      }
      const payload = firstReadable(key, candidates, rejected);
      if (!payload) break;
      payloads.push(payload);
      next[device] = seq;
    }
  }
  return { payloads, rejected, waiting, cursors: next };
}
