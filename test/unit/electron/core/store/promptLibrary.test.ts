// Schema 4's prompt library: every step of the method has prompts, and a person's own choices survive the upgrade.
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE, type Core } from '../../../../../electron/core/core';
import { migrate } from '../../../../../electron/core/store/migrate';
import { migrations } from '../../../../../electron/core/store/migrations';
import { openDatabase } from '../../../../../electron/core/store/open';
import { promptGroups } from '../../../../../shared/domain/promptGroups';
import { call, startCore, tempDir } from '../coreFixture';

let core: Core | undefined;
afterEach(() => core?.close());

describe('prompt library (schema 4)', () => {
  it('offers at least 25 built-in prompts, grouped by every step of the method', async () => {
    core = startCore(tempDir());
    const prompts = (await call(core, 'prompts.list', {})).filter((prompt) => prompt.builtIn);
    expect(prompts.length).toBeGreaterThanOrEqual(25);
    expect(new Set(prompts.map((prompt) => prompt.group))).toEqual(new Set(promptGroups));
    for (const group of promptGroups) expect(prompts.filter((prompt) => prompt.group === group).length).toBeGreaterThanOrEqual(3);
    expect(new Set(prompts.map((prompt) => prompt.text)).size).toBe(prompts.length);
  });

  it('keeps a hidden built-in hidden, a reflection’s prompt and the person’s own prompts when upgrading from schema 3', async () => {
    const dataDir = tempDir();
    const db = openDatabase(path.join(dataDir, DATABASE_FILE));
    migrate(db, migrations.slice(0, 3));
    db.prepare("UPDATE prompts SET hidden = 1 WHERE id = 'builtin-energy-1'").run();
    db.prepare("INSERT INTO prompts (id, group_name, text, built_in, hidden, position) VALUES ('mine', 'Mine', 'My own question', 0, 0, 99)").run();
    db.prepare(
      "INSERT INTO reflections (id, entry_date, title, body, prompt_id, created_at, updated_at) VALUES ('11111111-1111-4111-8111-111111111111', '2025-01-02', '', 'x', 'builtin-values-1', '2025-01-02T10:00:00.000Z', '2025-01-02T10:00:00.000Z')",
    ).run();
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();

    core = startCore(dataDir);
    const all = await call(core, 'prompts.list', { includeHidden: true });
    expect(all.find((prompt) => prompt.id === 'builtin-energy-1')).toMatchObject({ hidden: true, group: 'Energy and engagement' });
    expect(all.find((prompt) => prompt.id === 'mine')).toMatchObject({ text: 'My own question', builtIn: false });
    const reflection = await call(core, 'reflections.get', { id: '11111111-1111-4111-8111-111111111111' });
    expect(reflection.promptId).toBe('builtin-values-1');
  });
});
