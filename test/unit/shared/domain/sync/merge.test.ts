// The merge rules as a person sees them: fields by clock, links as sets, texts merged or kept as conflicts, deletes causal.
import { describe, expect, it } from 'vitest';
import { createReplica, deleteRecord, receiveChange, setFields, setLinks, writeText, type Replica } from '../../../../../shared/domain/sync/replica';
import { resolveRecord } from '../../../../../shared/domain/sync/resolve';
import type { SyncChange } from '../../../../../shared/domain/sync/records';

const id = '7f0c2b7e-1111-4a1a-9d1e-000000000001';
const HOUR = 3_600_000;

function pair(): [Replica, Replica] {
  return [createReplica('aaaaaaaaaaaaaaaa'), createReplica('bbbbbbbbbbbbbbbb')];
}
function deliver(to: Replica, changes: SyncChange[], now: number) {
  for (const change of changes) receiveChange(to, change, now);
}
const shown = (replica: Replica) => resolveRecord(replica.state.get(`reflection/${id}`)!);

describe('sync merge rules', () => {
  it('decides each field on its own by clock, even with one clock hours behind', () => {
    const [a, b] = pair();
    const first = setFields(a, 'reflection', id, { energy: 2, engagement: 3 }, 10 * HOUR);
    deliver(b, [first], 2 * HOUR);
    // b's wall clock is eight hours behind, but an edit made after seeing a's still wins.
    const second = setFields(b, 'reflection', id, { energy: 5 }, 2 * HOUR);
    deliver(a, [second], 10 * HOUR);
    expect(shown(a).fields).toEqual({ energy: 5, engagement: 3 });
    expect(shown(b).fields).toEqual(shown(a).fields);
  });

  it('merges link sets member by member', () => {
    const [a, b] = pair();
    const tagA = setLinks(a, 'reflection', id, [{ set: 'tags', member: 'work', present: true }], 1);
    const tagB = setLinks(b, 'reflection', id, [{ set: 'tags', member: 'family', present: true }], 2);
    deliver(a, [tagB], 3);
    deliver(b, [tagA], 3);
    expect(shown(a).links).toEqual({ tags: ['family', 'work'] });
    expect(shown(b).links).toEqual(shown(a).links);
  });

  it('merges two edits of one entry made from the same version when they touch different lines', () => {
    const [a, b] = pair();
    const original = writeText(a, 'reflection', id, { versionId: 'v0', title: 'Day', body: 'one\ntwo\nthree\n' }, 1);
    deliver(b, [original], 2);
    const onA = writeText(a, 'reflection', id, { versionId: 'va', title: 'Day', body: 'ONE\ntwo\nthree\n' }, 3);
    const onB = writeText(b, 'reflection', id, { versionId: 'vb', title: 'Day', body: 'one\ntwo\nTHREE\n' }, 4);
    deliver(a, [onB], 5);
    deliver(b, [onA], 5);
    expect(shown(a).text).toMatchObject({ body: 'ONE\ntwo\nTHREE\n', conflicts: [] });
    expect(shown(b).text).toEqual(shown(a).text);
    // The next edit stands on both, so the entry has one head again.
    writeText(a, 'reflection', id, { versionId: 'vc', title: 'Day', body: 'ONE\ntwo\nTHREE\nfour\n' }, 6);
    expect(shown(a).text).toMatchObject({ heads: ['vc'], conflicts: [] });
  });

  it('keeps the newer text and the other as a conflict to review when both edited the same line', () => {
    const [a, b] = pair();
    const original = writeText(a, 'reflection', id, { versionId: 'v0', title: 'Day', body: 'a call with Sam\n' }, 1);
    deliver(b, [original], 2);
    const onA = writeText(a, 'reflection', id, { versionId: 'va', title: 'Day', body: 'a call with Ana\n' }, 3);
    const onB = writeText(b, 'reflection', id, { versionId: 'vb', title: 'Day', body: 'a call with Kim\n' }, 4);
    deliver(a, [onB], 5);
    deliver(b, [onA], 5);
    expect(shown(a).text?.body).toBe('a call with Kim\n');
    expect(shown(a).text?.conflicts.map((version) => version.body)).toEqual(['a call with Ana\n']);
    expect(shown(b).text).toEqual(shown(a).text);
  });

  it('lets a delete win only over the edits its device had seen', () => {
    const [a, b] = pair();
    const created = setFields(a, 'reflection', id, { energy: 1 }, 1);
    deliver(b, [created], 2);
    const editOnA = setFields(a, 'reflection', id, { energy: 4 }, 3);
    const deleteOnB = deleteRecord(b, 'reflection', id, 4);
    deliver(a, [deleteOnB], 5);
    deliver(b, [editOnA], 5);
    // b deleted without seeing a's edit: the edit survives on both.
    expect(shown(a)).toMatchObject({ deleted: false, fields: { energy: 4 } });
    expect(shown(b)).toEqual(shown(a));
    // Once b has seen it, deleting again wins everywhere.
    deliver(a, [deleteRecord(b, 'reflection', id, 6)], 7);
    expect(shown(a).deleted).toBe(true);
    expect(shown(b).deleted).toBe(true);
  });
});
