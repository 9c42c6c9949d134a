// Schema 5: the prompt library follows the method's steps, with prompts for every step (aspiration to review).
import type { Migration } from '../migration';
import { libraryPrompts, regroupedBuiltIns } from './promptLibrary';

export const m0005PromptLibrary: Migration = {
  version: 5,
  name: 'prompt-library',
  up(db) {
    const regroup = db.prepare('UPDATE prompts SET group_name = ? WHERE id = ? AND built_in = 1');
    for (const [id, group] of Object.entries(regroupedBuiltIns)) regroup.run(group, id);
    const insert = db.prepare(
      `INSERT OR IGNORE INTO prompts (id, group_name, text, built_in, hidden, position)
       VALUES (?, ?, ?, 1, 0, (SELECT coalesce(max(position), -1) + 1 FROM prompts))`,
    );
    for (const prompt of libraryPrompts) insert.run(prompt.id, prompt.group, prompt.text);
  },
};
