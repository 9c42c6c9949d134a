// Every operation's declared aggregates cover the tables it really writes, and dispatch reports each write as a change.
import { beforeAll, describe, expect, it } from 'vitest';
import { leftUnchanged, type CoreChange } from '../../../../../shared/changes';
import { operationNames, type OperationInput, type OperationName, type OperationOutput } from '../../../../../shared/contract';
import { writeTable } from '../../../../../electron/core/handlers';
import { reads, type WriteTable } from '../../../../../electron/core/writes';
import type { Core } from '../../../../../electron/core/core';
import { call, startCore, tempDir } from '../coreFixture';
import type { Db } from '../../../../../electron/core/store/open';
import { auditWrites, tableAggregates, undeclared, type WriteAudit } from './writeAudit';

interface Written {
  operation: OperationName;
  tables: string[];
  /** What dispatch reported for the call, or null for none. */
  change: CoreChange | null;
}

/** Runs every operation at least once through dispatch, recording the tables each call wrote. */
async function exerciseEveryOperation(core: Core): Promise<Written[]> {
  const written: Written[] = [];
  let reported: CoreChange | null = null;
  core.onChange((change) => {
    reported = change;
  });
  // Locking closes the connection and unlocking or a restore opens another: each new one is audited afresh.
  let audited: { db: Db; audit: WriteAudit } | null = null;
  const openDb = (): Db | null => {
    try {
      return core.db;
    } catch {
      return null;
    }
  };
  async function run<K extends OperationName>(operation: K, input: OperationInput<K>): Promise<OperationOutput<K>> {
    const before = openDb();
    if (before && before !== audited?.db) audited = { db: before, audit: auditWrites(before) };
    if (before) audited?.audit.take();
    const contentBefore = before ? tableContents(before) : null;
    reported = null;
    const output = await call(core, operation, input);
    const after = openDb();
    // A closed journal (locked) has nothing left to read. A replaced connection (a passphrase change swaps in a re-keyed
    // copy of the file) hides what was written on the old one, so the tables are compared row by row instead.
    const tables =
      after === null
        ? []
        : after === audited?.db
          ? audited.audit.take()
          : contentBefore !== null && before !== null
            ? changedTables(contentBefore, tableContents(after))
            : ['(a connection opened during the call)'];
    written.push({ operation, tables, change: reported });
    return output;
  }

  await run('app.info', {});
  const teaching = await run('values.create', { label: 'Teaching' });
  const building = await run('values.create', { label: 'Building' });
  const spare = await run('values.create', { label: 'Simplifying' });
  await run('values.update', { id: teaching.id, description: 'Helping people grow' });
  await run('values.reorder', { ids: [building.id, teaching.id, spare.id] });
  await run('values.list', { includeArchived: true });
  await run('values.get', { id: teaching.id });
  await run('strategy.save', { aspiration: 'Turning messy data into decisions people trust' });
  await run('strategy.get', {});
  const experiment = await run('experiments.create', { title: 'Talk to three analysts', valueIds: [teaching.id, spare.id] });
  const doomed = await run('experiments.create', { title: 'A course' });
  await run('experiments.update', { id: experiment.id, hypothesis: 'I like the work', successCriteria: 'Two say yes', stopCriteria: 'Nobody answers', status: 'running', actualStart: '2026-11-02' });
  const person = await run('experiments.people.create', { experimentId: experiment.id, name: 'Ada' });
  await run('experiments.people.update', { id: person.id, learned: 'Pairing matters' });
  await run('experiments.people.delete', { id: person.id });
  const place = await run('experiments.places.create', { experimentId: experiment.id, name: 'The data meetup' });
  await run('experiments.places.update', { id: place.id, notes: 'Monthly' });
  await run('experiments.places.delete', { id: place.id });
  await run('experiments.list', { limit: 10, offset: 0 });
  await run('experiments.get', { id: experiment.id });
  const entry = await run('reflections.create', {
    entryDate: '2026-11-03',
    title: 'A good day',
    body: 'Mentoring went well',
    tags: ['work', 'mentoring'],
    valueIds: [spare.id],
    experimentIds: [doomed.id],
  });
  const other = await run('reflections.create', { entryDate: '2026-11-04', body: 'Quiet', tags: ['quiet'] });
  await run('reflections.update', { id: entry.id, body: 'Mentoring went very well', editSession: '3b241101-e2bb-4255-8caf-4136c566a962' });
  await run('reflections.update', { id: entry.id, body: 'Mentoring went wonderfully', editSession: '6fa459ea-ee8a-4ca4-894e-db77e160355e' });
  // A tag never used before: the save writes the tags table too.
  await run('reflections.update', { id: entry.id, tags: ['work', 'mentoring', 'mentoring-new'] });
  const history = await run('reflections.history', { id: entry.id });
  await run('reflections.restoreVersion', { id: entry.id, versionId: history.at(-1)?.id ?? '' });
  await run('reflections.linkExperiment', { reflectionId: entry.id, experimentId: experiment.id, linked: true });
  await run('strategy.linkReflection', { reflectionId: entry.id, region: [teaching.id], shown: [teaching.id, building.id] });
  await run('reflections.list', { limit: 10 });
  await run('reflections.get', { id: entry.id });
  await run('reflections.calendar', { from: '2026-11-01', to: '2026-11-30' });
  const tags = await run('tags.list', {});
  const work = tags.find((tag) => tag.name === 'work');
  const quiet = tags.find((tag) => tag.name === 'quiet');
  if (!work || !quiet) throw new Error('tags were not created');
  await run('tags.rename', { id: work.id, name: 'job' });
  await run('tags.merge', { sourceIds: [quiet.id], targetId: work.id });
  await run('reflections.create', { entryDate: '2026-11-02', tags: ['passing'] });
  const passing = (await run('tags.list', {})).find((tag) => tag.name === 'passing');
  if (!passing) throw new Error('the tag was not created');
  await run('tags.delete', { id: passing.id });
  await run('search.query', { text: 'mentor*' });
  await run('strategy.evidence', {});
  await run('timeline.summary', {});
  await run('insight.summary', { period: 'month' });
  await run('reviews.create', { kind: 'week', endingOn: '2026-11-04' });
  await run('strategy.snapshot', { changeNote: 'First version' });
  await run('experiments.conclude', {
    id: experiment.id,
    outcome: 'Two of three said yes',
    learning: 'Teaching is central',
    actualEnd: '2026-11-20',
    energy: 4,
    engagement: 5,
    checkInNote: 'Teaching is central',
  });
  await run('strategy.versions.list', { limit: 10, offset: 0 });
  const versions = await run('strategy.versions.list', { limit: 1, offset: 0 });
  await run('strategy.versions.get', { id: versions.items[0]?.id ?? '' });
  await run('experiments.delete', { id: doomed.id });
  await run('values.delete', { id: spare.id });
  await run('reflections.delete', { id: other.id });
  await run('trash.list', {});
  await run('trash.restore', { kind: 'reflection', id: other.id });
  await run('reflections.delete', { id: other.id });
  await run('trash.deleteForever', { kind: 'reflection', id: other.id });
  await run('trash.empty', {});
  const blank = await run('reflections.create', { entryDate: '2026-11-05', title: '', body: '' });
  await run('reflections.discardBlank', { id: blank.id });
  const prompt = await run('prompts.create', { group: 'Mine', text: 'What surprised me today?' });
  await run('prompts.update', { id: prompt.id, hidden: true });
  await run('prompts.list', { includeHidden: true });
  await run('prompts.delete', { id: prompt.id });
  await run('settings.set', { key: 'versions.checkInAfterDays', value: 14 });
  await run('settings.get', {});
  await run('drafts.save', { key: 'new-experiment', fields: { title: 'Shadow a data team' } });
  await run('drafts.get', { key: 'new-experiment' });
  await run('drafts.discard', { key: 'new-experiment' });
  await run('sync.setUp', { mode: 'start', folder: tempDir('cairn-synced-'), deviceName: 'Laptop', passphrase: 'a sync secret' });
  await run('sync.rename', { deviceName: 'Work laptop' });
  await run('sync.pause', {});
  await run('sync.resume', {});
  await run('sync.status', {});
  await run('sync.reviewed', { reflectionId: entry.id });
  await run('sync.stop', {});
  const photo = await run('attachments.add', { name: 'view.png', base64: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1]).toString('base64') });
  await run('attachments.get', { sha256: photo.sha256 });
  const exported = await run('export.journal', {});
  const file = { name: 'cairn-export.json', base64: Buffer.from(JSON.stringify(exported.document), 'utf8').toString('base64') };
  await run('import.preview', { source: 'cairn-json', file });
  await run('import.run', { source: 'cairn-json', file });
  await run('jobs.cancel', { jobId: '6f1c2a7e-0d4b-4f4e-9a53-2b1e8c9d0a11' });
  await run('backups.create', {});
  await run('backups.list', {});
  await run('security.status', {});
  await run('security.setPassphrase', { passphrase: 'correct horse battery' });
  await run('security.changePassphrase', { current: 'correct horse battery', next: 'staple battery horse' });
  await run('security.lock', {});
  await run('security.unlock', { passphrase: 'staple battery horse' });
  await run('security.removePassphrase', { current: 'staple battery horse' });
  const backups = await run('backups.list', {});
  await run('backups.restore', { name: backups[0]?.name ?? '' });
  // Starting a new journal is only for a missing or empty file: here it is refused and writes nothing.
  const refused = await core.dispatch('security.startNewJournal', {});
  if (refused.ok) throw new Error('a new journal was started over an open one');
  written.push({ operation: 'security.startNewJournal', tables: [], change: null });
  return written;
}

/** Every ordinary table's rows, as text: what a view could show, whichever connection reads it. */
function tableContents(db: Db): Map<string, string> {
  const names = db
    .prepare<[], { name: string }>("SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%'")
    .all()
    .map((row) => row.name)
    .filter((name) => !name.startsWith('search_'));
  return new Map(names.map((name) => [name, JSON.stringify(db.prepare(`SELECT * FROM "${name}" ORDER BY 1`).all())]));
}

function changedTables(before: Map<string, string>, after: Map<string, string>): string[] {
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names].filter((name) => before.get(name) !== after.get(name)).sort();
}

function violations(written: readonly Written[], table: WriteTable): string[] {
  return written.flatMap(({ operation, tables }) =>
    undeclared(tables, table[operation].aggregates).map((problem) => `${operation} wrote ${problem}`),
  );
}

describe('declared writes', () => {
  let written: Written[] = [];
  beforeAll(async () => {
    written = await exerciseEveryOperation(startCore(undefined, { syncScrypt: { N: 2 ** 10, r: 8, p: 1 } }));
  }, 60_000);

  it('exercises every operation of the contract', () => {
    const run = new Set(written.map((entry) => entry.operation));
    expect(operationNames.filter((name) => !run.has(name))).toEqual([]);
  });

  it('covers every table each operation writes with the aggregates it declares', () => {
    expect(violations(written, writeTable)).toEqual([]);
  });

  it('catches a handler that writes a table its declaration leaves out', () => {
    const tampered: WriteTable = {
      ...writeTable,
      'reflections.update': reads,
      'experiments.conclude': { aggregates: ['experiments'] },
    };
    expect(violations(written, tampered)).toEqual(
      expect.arrayContaining(['reflections.update wrote reflections (reflections)', 'experiments.conclude wrote strategy_versions (versions)']),
    );
  });

  it('never says an aggregate was left alone when the call wrote one of its tables', () => {
    const untrue = written.flatMap(({ operation, tables, change }) =>
      tables
        .filter((table) => {
          const aggregate = tableAggregates[table];
          return change !== null && aggregate !== undefined && aggregate !== 'derived' && leftUnchanged(change, aggregate);
        })
        .map((table) => `${operation} wrote ${table}`),
    );
    expect(untrue).toEqual([]);
  });

  it('declares no aggregate for an operation that writes nothing, so no view refetches after a read', () => {
    const neverWrites = operationNames.filter((name) => written.filter((entry) => entry.operation === name).every((entry) => entry.tables.length === 0));
    // 'journal' and 'security' (open or locked) are states of the whole file, not tables.
    const claimed = neverWrites.filter((name) => writeTable[name].aggregates.some((aggregate) => aggregate !== 'journal' && aggregate !== 'security'));
    expect(claimed).toEqual([]);
  });
});

describe('change reports', () => {
  it('reports a committed write with its aggregates and rows, and nothing for a read or a refused write', async () => {
    const core = startCore();
    const changes: CoreChange[] = [];
    core.onChange((change) => changes.push(change));
    const value = await call(core, 'values.create', { label: 'Teaching' });
    await call(core, 'values.list', {});
    await core.dispatch('values.update', { id: value.id, label: '' });
    await core.dispatch('reflections.get', { id: '8f14e45f-ceea-467f-a0e6-7b5d6f9c2a11' });
    expect(changes).toEqual([{ aggregates: ['values'], ids: { values: [value.id] } }]);
  });

  it('says a text save left the tags alone, and a save of tags did not', async () => {
    const core = startCore();
    const changes: CoreChange[] = [];
    const entry = await call(core, 'reflections.create', { entryDate: '2030-01-01', title: 'First', body: '' });
    core.onChange((change) => changes.push(change));
    await call(core, 'reflections.update', { id: entry.id, title: 'Renamed' });
    await call(core, 'reflections.update', { id: entry.id, tags: ['craft'] });
    expect(changes.map((change) => change.ids)).toEqual([{ reflections: [entry.id], tags: [] }, { reflections: [entry.id] }]);
  });

  it('answers the write even when a listener throws', async () => {
    const core = startCore();
    core.onChange(() => {
      throw new Error('listener broke');
    });
    const envelope = await core.dispatch('values.create', { label: 'Teaching' });
    expect(envelope.ok).toBe(true);
  });
});
