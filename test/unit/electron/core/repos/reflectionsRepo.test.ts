// The reflections repository: create, read, update, delete, and paging newest first without gaps.
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reflectionDraftSchema, reflectionListInputSchema } from '../../../../../shared/domain/reflection';
import { createReflectionsRepo, type ReflectionsRepo } from '../../../../../electron/core/repos/reflectionsRepo';
import { createHistoryRepo } from '../../../../../electron/core/repos/historyRepo';
import { createTagsRepo } from '../../../../../electron/core/repos/tagsRepo';
import { migrate } from '../../../../../electron/core/store/migrate';
import { openDatabase, type Db } from '../../../../../electron/core/store/open';
import { makeTempDir, removeDir } from '../../../../support/tempDir';

let dir: string;
let db: Db;
let repo: ReflectionsRepo;
let tick = 0;

beforeEach(() => {
  dir = makeTempDir();
  db = openDatabase(path.join(dir, 'test.db'));
  migrate(db);
  tick = 0;
  repo = createReflectionsRepo(db, createTagsRepo(db), createHistoryRepo(db), () => new Date(Date.UTC(2024, 0, 1, 12, 0, tick++)));
});
afterEach(() => {
  db.close();
  removeDir(dir);
});

const draft = (input: { entryDate: string; title: string; body: string }) => reflectionDraftSchema.parse(input);
const page = (limit: number, cursor?: string) => repo.list(reflectionListInputSchema.parse({ limit, cursor }));

describe('reflectionsRepo', () => {
  it('creates and reads back a reflection with separate entry date and timestamps', () => {
    const created = repo.create(draft({ entryDate: '2023-12-24', title: 'Eve', body: 'Quiet day.' }));
    expect(created).toMatchObject({ entryDate: '2023-12-24', title: 'Eve', body: 'Quiet day.' });
    expect(created.createdAt).toBe('2024-01-01T12:00:00.000Z');
    expect(repo.get(created.id)).toEqual(created);
  });

  it('updates only the given fields and moves updatedAt', () => {
    const created = repo.create(draft({ entryDate: '2024-01-01', title: 'T', body: 'B' }));
    const updated = repo.update({ id: created.id, body: 'New body' });
    expect(updated).toMatchObject({ title: 'T', body: 'New body', createdAt: created.createdAt });
    expect(updated.updatedAt > created.updatedAt).toBe(true);
  });

  it('deletes, and reports a missing reflection clearly', () => {
    const created = repo.create(draft({ entryDate: '2024-01-01', title: '', body: '' }));
    repo.remove(created.id);
    expect(() => repo.get(created.id)).toThrow(/no longer exists/);
    expect(() => repo.remove(created.id)).toThrow(/no longer exists/);
    expect(() => repo.update({ id: created.id, title: 'x' })).toThrow(/no longer exists/);
  });

  it('lists newest entry date first, then newest written first', () => {
    const older = repo.create(draft({ entryDate: '2024-01-01', title: 'older day', body: '' }));
    const newerA = repo.create(draft({ entryDate: '2024-03-01', title: 'first of day', body: '' }));
    const newerB = repo.create(draft({ entryDate: '2024-03-01', title: 'second of day', body: '' }));
    const backdated = repo.create(draft({ entryDate: '2023-06-01', title: 'back-dated', body: '' }));
    const first = page(10);
    expect(first.items.map((r) => r.id)).toEqual([newerB.id, newerA.id, older.id, backdated.id]);
    expect(first.nextCursor).toBeNull();
  });

  it('pages through every reflection exactly once, even when many share a date', () => {
    const ids = new Set<string>();
    for (let i = 0; i < 23; i += 1) ids.add(repo.create(draft({ entryDate: i % 2 ? '2024-02-02' : '2024-02-01', title: `${i}`, body: '' })).id);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const next = page(5, cursor);
      seen.push(...next.items.map((r) => r.id));
      cursor = next.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toHaveLength(23);
    expect(new Set(seen)).toEqual(ids);
  });
});
