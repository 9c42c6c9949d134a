// A merge state written back as the fewest change records that rebuild it exactly: the content of a sync snapshot.
import { parseHlc, type HlcText } from './hlc';
import type { Cell, RecordState, SyncState } from './mergeState';
import type { SyncChange, SyncFieldValue } from './records';

function byClock<T>(cells: Iterable<[string, Cell<T>]>): Map<HlcText, [string, T][]> {
  const groups = new Map<HlcText, [string, T][]>();
  for (const [name, cell] of cells) groups.set(cell.hlc, [...(groups.get(cell.hlc) ?? []), [name, cell.value]]);
  return groups;
}

function recordChanges(record: RecordState): SyncChange[] {
  const { kind, id } = record;
  const changes: SyncChange[] = [];
  for (const [hlc, fields] of byClock<SyncFieldValue>(record.fields)) {
    changes.push({ kind, id, hlc, device: parseHlc(hlc).device, type: 'fields', fields: Object.fromEntries(fields) });
  }
  const links = [...record.links].flatMap(([set, members]) => [...members].map(([member, cell]): [string, Cell<{ set: string; member: string; present: boolean }>] => [
    `${set}/${member}`,
    { hlc: cell.hlc, value: { set, member, present: cell.value } },
  ]));
  for (const [hlc, members] of byClock(links)) {
    changes.push({ kind, id, hlc, device: parseHlc(hlc).device, type: 'links', links: members.map(([, link]) => link) });
  }
  for (const version of record.versions.values()) changes.push({ kind, id, type: 'text', ...version });
  if (record.deleted && record.deleteHlc) {
    changes.push({ kind, id, hlc: record.deleteHlc, device: parseHlc(record.deleteHlc).device, type: 'delete', seen: record.deleteSeen });
  }
  return changes;
}

export function stateChanges(state: SyncState): SyncChange[] {
  return [...state.values()].flatMap(recordChanges);
}
