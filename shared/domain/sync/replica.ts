// One device's side of sync, pure: its clock and merge state, the records its own edits become, and what it receives.
import { formatHlc, parseHlc, receive, startClock, tick, type DeviceId, type Hlc } from './hlc';
import { applyChange, emptyState, type SyncState } from './mergeState';
import { recordKey, type SyncChange, type SyncFieldValue, type SyncKind } from './records';
import { resolveText } from './resolve';

export interface Replica {
  readonly device: DeviceId;
  clock: Hlc;
  readonly state: SyncState;
}

export function createReplica(device: DeviceId): Replica {
  return { device, clock: startClock(device), state: emptyState() };
}

function stamp(replica: Replica, now: number) {
  replica.clock = tick(replica.clock, now);
  return { hlc: formatHlc(replica.clock), device: replica.device };
}

/** Applies a change made here and returns it for this device's log. */
function local<T extends SyncChange>(replica: Replica, change: T): T {
  applyChange(replica.state, change);
  return change;
}

export function setFields(replica: Replica, kind: SyncKind, id: string, fields: Record<string, SyncFieldValue>, now: number): SyncChange {
  return local(replica, { kind, id, ...stamp(replica, now), type: 'fields', fields });
}

export function setLinks(
  replica: Replica,
  kind: SyncKind,
  id: string,
  links: { set: string; member: string; present: boolean }[],
  now: number,
): SyncChange {
  return local(replica, { kind, id, ...stamp(replica, now), type: 'links', links });
}

/** A new text written over whatever this device shows now (after a merge, over every head it merged). */
export function writeText(
  replica: Replica,
  kind: SyncKind,
  id: string,
  text: { versionId: string; title: string; body: string },
  now: number,
): SyncChange {
  const versions = replica.state.get(recordKey({ kind, id }))?.versions;
  const parents = versions ? [...(resolveText(versions)?.heads ?? [])] : [];
  return local(replica, { kind, id, ...stamp(replica, now), type: 'text', ...text, parents });
}

/** A delete that names the latest edit this device had seen, so an edit it never saw survives it. */
export function deleteRecord(replica: Replica, kind: SyncKind, id: string, now: number): SyncChange {
  const seen = replica.state.get(recordKey({ kind, id }))?.latestEdit ?? null;
  return local(replica, { kind, id, ...stamp(replica, now), type: 'delete', seen });
}

/** Folds in another device's change and moves the clock past it; true when anything shown may have changed. */
export function receiveChange(replica: Replica, change: SyncChange, now: number): boolean {
  replica.clock = receive(replica.clock, parseHlc(change.hlc), now);
  return applyChange(replica.state, change);
}
