// The files in the sync folder: `<device>/<seq>.cairnlog` and `.cairnsnap`, their conflict copies, and their sealed payloads.
import fs from 'node:fs';
import path from 'node:path';
import { deflateSync, inflateSync } from 'fflate';
import { z } from 'zod';
import { deviceIdSchema, type DeviceId } from '../../../shared/domain/sync/hlc';
import { syncChangeSchema } from '../../../shared/domain/sync/records';
import { PRIVATE_DIR_MODE } from '../privateFiles';
import { writeFileAtomically } from '../store/durableFs';
import { seal, unseal } from './syncCrypto';

export type SyncFileKind = 'log' | 'snapshot';
const extensions: Record<SyncFileKind, string> = { log: 'cairnlog', snapshot: 'cairnsnap' };

/**
 * What a device writes, sealed. `seen` is how far it had read every device's log when it wrote this, which tells the
 * others what it still lacks and when a log file may be compacted away.
 */
export const syncPayloadSchema = z.strictObject({
  format: z.literal(1),
  kind: z.enum(['log', 'snapshot']),
  device: deviceIdSchema,
  seq: z.number().int().min(1),
  deviceName: z.string().max(100),
  writtenAt: z.iso.datetime(),
  seen: z.record(deviceIdSchema, z.number().int().min(0)),
  changes: z.array(syncChangeSchema),
});
export type SyncPayload = z.infer<typeof syncPayloadSchema>;

export interface SyncFile {
  readonly device: DeviceId;
  readonly seq: number;
  readonly kind: SyncFileKind;
  /** Relative to the sync folder, for reports: it shows only a device id and a number. */
  readonly name: string;
  readonly file: string;
  /** A sync engine's conflict copy (Syncthing's `.sync-conflict-…`, Dropbox's "conflicted copy"): read, never trusted unsealed. */
  readonly copy: boolean;
}

const FILE_NAME = /^(\d{1,12})(\.sync-conflict-[0-9A-Za-z-]+| \([^)/]*conflicted copy[^)/]*\))?\.(cairnlog|cairnsnap)$/;

/** The name a file is sealed to: a copy or a rename of it still has to be this file. */
function sealedName(device: DeviceId, seq: number, kind: SyncFileKind): string {
  return `cairn-sync/${device}/${seq}.${extensions[kind]}`;
}

export function syncFilePath(root: string, device: DeviceId, seq: number, kind: SyncFileKind): string {
  return path.join(root, device, `${seq}.${extensions[kind]}`);
}

/** Every Cairn file in the folder, by device; anything else (temporary files, strangers' files) is left alone. */
export function listSyncFiles(root: string): SyncFile[] {
  const found: SyncFile[] = [];
  for (const device of fs.existsSync(root) ? fs.readdirSync(root) : []) {
    if (!deviceIdSchema.safeParse(device).success) continue;
    const dir = path.join(root, device);
    if (!fs.statSync(dir).isDirectory()) continue;
    for (const name of fs.readdirSync(dir)) {
      const match = FILE_NAME.exec(name);
      if (!match) continue;
      found.push({
        device,
        seq: Number(match[1]),
        kind: match[3] === 'cairnlog' ? 'log' : 'snapshot',
        name: `${device}/${name}`,
        file: path.join(dir, name),
        copy: match[2] !== undefined,
      });
    }
  }
  return found;
}

/** Seals and writes one file of this device's, atomically, private to its owner. */
export function writeSyncFile(root: string, key: Buffer, payload: SyncPayload): string {
  const dir = path.join(root, payload.device);
  fs.mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  const plain = deflateSync(Buffer.from(JSON.stringify(payload), 'utf8'));
  const target = syncFilePath(root, payload.device, payload.seq, payload.kind);
  writeFileAtomically(target, seal(key, sealedName(payload.device, payload.seq, payload.kind), plain));
  return target;
}

/** The payload, or null when the file is incomplete, damaged, sealed under another key or not what its name says. */
export function readSyncFile(key: Buffer, file: SyncFile): SyncPayload | null {
  let sealed: Buffer;
  try {
    sealed = fs.readFileSync(file.file);
  } catch {
    return null;
  }
  const plain = unseal(key, sealedName(file.device, file.seq, file.kind), sealed);
  if (!plain) return null;
  try {
    const payload = syncPayloadSchema.parse(JSON.parse(Buffer.from(inflateSync(plain)).toString('utf8')));
    return payload.device === file.device && payload.seq === file.seq && payload.kind === file.kind ? payload : null;
  } catch {
    return null;
  }
}
