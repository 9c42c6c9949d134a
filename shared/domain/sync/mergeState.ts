// The merge state every device keeps: a pure, order-free fold of change records (any order, duplicates allowed).
import { maxHlc, type HlcText } from './hlc';
import { recordKey, type SyncChange, type SyncFieldValue, type SyncKind, type TextChange } from './records';

export interface Cell<T> {
  readonly value: T;
  readonly hlc: HlcText;
}

/** A text version as sync keeps it: every version ever received stays, so no acknowledged text is dropped. */
export type TextVersion = Omit<TextChange, 'type' | 'kind' | 'id'>;

export interface RecordState {
  readonly kind: SyncKind;
  readonly id: string;
  readonly fields: Map<string, Cell<SyncFieldValue>>;
  /** set name → member → whether it is in the set, decided by its own latest change. */
  readonly links: Map<string, Map<string, Cell<boolean>>>;
  readonly versions: Map<string, TextVersion>;
  /** The latest clock of any edit (fields, links, text). */
  latestEdit: HlcText | null;
  /** Whether any delete arrived, and the latest edit the deleting devices had seen. */
  deleted: boolean;
  deleteSeen: HlcText | null;
  /** The latest delete's own clock, kept so a snapshot can write the delete again. */
  deleteHlc: HlcText | null;
}

export type SyncState = Map<string, RecordState>;

export function emptyState(): SyncState {
  return new Map();
}

function recordOf(state: SyncState, change: SyncChange): RecordState {
  const key = recordKey(change);
  let record = state.get(key);
  if (!record) {
    record = { kind: change.kind, id: change.id, fields: new Map(), links: new Map(), versions: new Map(), latestEdit: null, deleted: false, deleteSeen: null, deleteHlc: null };
    state.set(key, record);
  }
  return record;
}

function setIfNewer<T>(cells: Map<string, Cell<T>>, name: string, value: T, hlc: HlcText): boolean {
  const current = cells.get(name);
  if (current && current.hlc >= hlc) return false;
  cells.set(name, { value, hlc });
  return true;
}

/**
 * Folds one change into the state; true when anything a view shows may have changed. Commutative, associative and
 * idempotent (each rule keeps a maximum or a union), which is what makes every device converge.
 */
export function applyChange(state: SyncState, change: SyncChange): boolean {
  const record = recordOf(state, change);
  let changed = false;
  switch (change.type) {
    case 'fields':
      for (const [name, value] of Object.entries(change.fields)) changed = setIfNewer(record.fields, name, value, change.hlc) || changed;
      break;
    case 'links':
      for (const link of change.links) {
        let members = record.links.get(link.set);
        if (!members) {
          members = new Map();
          record.links.set(link.set, members);
        }
        changed = setIfNewer(members, link.member, link.present, change.hlc) || changed;
      }
      break;
    case 'text':
      if (!record.versions.has(change.versionId)) {
        const { type: _type, kind: _kind, id: _id, ...version } = change;
        record.versions.set(change.versionId, version);
        changed = true;
      }
      break;
    case 'delete':
      changed = !record.deleted || maxHlc(record.deleteSeen, change.seen) !== record.deleteSeen;
      record.deleted = true;
      record.deleteSeen = maxHlc(record.deleteSeen, change.seen);
      record.deleteHlc = maxHlc(record.deleteHlc, change.hlc);
      return changed;
  }
  const latest = maxHlc(record.latestEdit, change.hlc);
  changed = changed || latest !== record.latestEdit;
  record.latestEdit = latest;
  return changed;
}

/** A delete wins only when it is causally later: its writer had seen every edit of the record that exists. */
export function isDeleted(record: RecordState): boolean {
  return record.deleted && (record.latestEdit === null || (record.deleteSeen !== null && record.latestEdit <= record.deleteSeen));
}
