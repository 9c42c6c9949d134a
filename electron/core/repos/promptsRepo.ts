// Writing prompts: built-in ones can only be hidden or shown; the person's own can be edited and deleted.
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import type { CairnExport } from '../../../shared/domain/interchange/cairnJson';
import type { Prompt, PromptPatch } from '../../../shared/domain/prompts';
import type { Db } from '../store/open';

interface PromptRow {
  id: string;
  group_name: string;
  text: string;
  built_in: number;
  hidden: number;
  position: number;
}

function toPrompt(row: PromptRow): Prompt {
  return { id: row.id, group: row.group_name, text: row.text, builtIn: row.built_in === 1, hidden: row.hidden === 1 };
}

export function createPromptsRepo(db: Db) {
  const selectOne = db.prepare<[string], PromptRow>('SELECT * FROM prompts WHERE id = ?');
  const listAll = db.prepare<[number], PromptRow>(
    'SELECT * FROM prompts WHERE ? OR hidden = 0 ORDER BY built_in DESC, group_name COLLATE NOCASE, position, id',
  );
  const insert = db.prepare<[string, string, string]>(
    `INSERT INTO prompts (id, group_name, text, built_in, hidden, position)
     VALUES (?, ?, ?, 0, 0, (SELECT coalesce(max(position), -1) + 1 FROM prompts))`,
  );
  const updateOne = db.prepare<[string, string, number, string]>(
    'UPDATE prompts SET group_name = ?, text = ?, hidden = ? WHERE id = ?',
  );
  const deleteOne = db.prepare<[string]>('DELETE FROM prompts WHERE id = ?');

  function get(id: string): Prompt {
    const row = selectOne.get(id);
    if (!row) throw new AppError('NOT_FOUND', 'That prompt no longer exists.');
    return toPrompt(row);
  }

  return {
    /** One prompt as an export writes it, with its place in the list. */
    exportRow(id: string): CairnExport['prompts'][number] {
      const row = selectOne.get(id);
      if (!row) throw new AppError('NOT_FOUND', 'That prompt no longer exists.');
      return { ...toPrompt(row), position: row.position };
    },

    list(includeHidden: boolean): Prompt[] {
      return listAll.all(includeHidden ? 1 : 0).map(toPrompt);
    },

    create(group: string, text: string): Prompt {
      const id = randomUUID();
      insert.run(id, group, text);
      return get(id);
    },

    update(patch: PromptPatch): Prompt {
      db.transaction(() => {
        const current = get(patch.id);
        const rewording = (patch.group !== undefined && patch.group !== current.group) || (patch.text !== undefined && patch.text !== current.text);
        if (current.builtIn && rewording) {
          throw new AppError('VALIDATION', 'Built-in prompts can be hidden but not reworded. Write your own prompt instead.');
        }
        updateOne.run(patch.group ?? current.group, patch.text ?? current.text, (patch.hidden ?? current.hidden) ? 1 : 0, patch.id);
      })();
      return get(patch.id);
    },

    remove(id: string): void {
      db.transaction(() => {
        if (get(id).builtIn) throw new AppError('VALIDATION', 'Built-in prompts cannot be deleted; hide them instead.');
        deleteOne.run(id);
      })();
    },
  };
}

export type PromptsRepo = ReturnType<typeof createPromptsRepo>;
