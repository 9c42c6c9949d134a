// Property: 2–4 devices editing, linking, deleting and going offline, their changes delivered in any order with
// duplicates, end with the same journal everywhere (and on a new device built from a snapshot), and every text any
// device saved is current or kept in history.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createReplica, deleteRecord, receiveChange, setFields, setLinks, writeText, type Replica } from '../../../../../shared/domain/sync/replica';
import { resolveRecord, resolveText } from '../../../../../shared/domain/sync/resolve';
import { recordKey, type SyncChange } from '../../../../../shared/domain/sync/records';
import { stateChanges } from '../../../../../shared/domain/sync/compact';

const DEVICES = ['a0a0a0a0a0a0a0a0', 'b1b1b1b1b1b1b1b1', 'c2c2c2c2c2c2c2c2', 'd3d3d3d3d3d3d3d3'];
const IDS = ['r1', 'r2', 'r3'];
const HOUR = 3_600_000;

const action = fc.oneof(
  fc.record({ type: fc.constant('field' as const), id: fc.constantFrom(...IDS), field: fc.constantFrom('energy', 'entryDate'), value: fc.integer({ min: 1, max: 5 }) }),
  fc.record({ type: fc.constant('link' as const), id: fc.constantFrom(...IDS), member: fc.constantFrom('work', 'family', 'health'), present: fc.boolean() }),
  fc.record({ type: fc.constant('text' as const), id: fc.constantFrom(...IDS), line: fc.integer({ min: 0, max: 3 }), word: fc.constantFrom('calm', 'busy', 'tired', 'glad') }),
  fc.record({ type: fc.constant('delete' as const), id: fc.constantFrom(...IDS) }),
  // Receive some of what other devices wrote so far (a device coming back online, or a partial sync).
  fc.record({ type: fc.constant('receive' as const), picks: fc.array(fc.nat(), { maxLength: 6 }) }),
);

const scenario = fc.record({
  devices: fc.integer({ min: 2, max: 4 }),
  // Clocks hours wrong, in either direction.
  skews: fc.array(fc.integer({ min: -12 * HOUR, max: 12 * HOUR }), { minLength: 4, maxLength: 4 }),
  steps: fc.array(fc.tuple(fc.nat(3), action, fc.integer({ min: 0, max: 3 * 24 * HOUR })), { minLength: 1, maxLength: 40 }),
  delivery: fc.array(fc.nat(), { minLength: 4, maxLength: 200 }),
  // Each device's own order for the final delivery.
  orders: fc.array(fc.array(fc.double({ noNaN: true }), { minLength: 40, maxLength: 40 }), { minLength: 4, maxLength: 4 }),
});

/** The log in the order `keys` sorts it into. */
function shuffled<T>(items: readonly T[], keys: readonly number[]): T[] {
  return items.map((item, i) => ({ item, key: keys[i % keys.length]! + i / 1e9 })).sort((x, y) => x.key - y.key).map(({ item }) => item);
}

/** Line `line` of the device's current text replaced by a word (lines added as needed). */
function edited(body: string, line: number, word: string): string {
  const lines = body === '' ? [] : body.split('\n');
  while (lines.length <= line) lines.push('');
  lines[line] = `${lines[line]} ${word}`.trim();
  return lines.join('\n');
}

function journal(replica: Replica) {
  return [...replica.state.values()].map(resolveRecord).sort((x, y) => (recordKey(x) < recordKey(y) ? -1 : 1));
}

describe('sync convergence', () => {
  it('converges in any delivery order with duplicates and keeps every saved text', () => {
    fc.assert(
      fc.property(scenario, ({ devices, skews, steps, delivery, orders }) => {
        const replicas = DEVICES.slice(0, devices).map(createReplica);
        const log: SyncChange[] = [];
        const texts: { key: string; versionId: string; body: string }[] = [];
        let now = Date.UTC(2026, 0, 1);
        steps.forEach(([who, step, gap], index) => {
          now += gap;
          const replica = replicas[who % devices]!;
          const at = now + skews[who % devices]!;
          switch (step.type) {
            case 'field':
              log.push(setFields(replica, 'reflection', step.id, { [step.field]: step.value }, at));
              break;
            case 'link':
              log.push(setLinks(replica, 'reflection', step.id, [{ set: 'tags', member: step.member, present: step.present }], at));
              break;
            case 'text': {
              const versions = replica.state.get(`reflection/${step.id}`)?.versions;
              const body = edited((versions && resolveText(versions)?.body) ?? '', step.line, step.word);
              const versionId = `${replica.device}-${index}`;
              log.push(writeText(replica, 'reflection', step.id, { versionId, title: '', body }, at));
              texts.push({ key: `reflection/${step.id}`, versionId, body });
              break;
            }
            case 'delete':
              log.push(deleteRecord(replica, 'reflection', step.id, at));
              break;
            case 'receive':
              for (const pick of step.picks) if (log.length > 0) receiveChange(replica, log[pick % log.length]!, at);
          }
        });
        // Everything reaches everyone: some changes early, out of order and twice, then all of them.
        replicas.forEach((replica, r) => {
          if (log.length > 0) for (const pick of delivery.slice(r)) receiveChange(replica, log[pick % log.length]!, now);
          for (const change of shuffled(log, orders[r]!)) receiveChange(replica, change, now);
        });
        const first = journal(replicas[0]!);
        for (const replica of replicas.slice(1)) expect(journal(replica)).toEqual(first);
        // A new device built from one device's snapshot alone reads the same journal.
        const fresh = createReplica('e4e4e4e4e4e4e4e4');
        for (const change of stateChanges(replicas[0]!.state)) receiveChange(fresh, change, now);
        expect(journal(fresh)).toEqual(first);
        for (const replica of replicas) {
          for (const saved of texts) expect(replica.state.get(saved.key)!.versions.get(saved.versionId)?.body).toBe(saved.body);
          for (const record of first) {
            if (!record.text) continue;
            // A conflict keeps every head but the one shown; a merge keeps none out.
            if (record.text.conflicts.length > 0) expect(record.text.conflicts.length).toBe(record.text.heads.length - 1);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
