// Schema 2: the full data model: ratings and links on reflections, tags, values, experiments, strategy, prompts, settings.
import type { Migration } from '../migration';
import { builtInPrompts } from './builtInPrompts';

const rating = (column: string) => `${column} INTEGER CHECK (${column} BETWEEN 1 AND 5)`;
const date = (column: string) =>
  `${column} TEXT CHECK (${column} IS NULL OR ${column} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')`;

export const m0002DataModel: Migration = {
  version: 2,
  name: 'data-model',
  up(db) {
    db.exec(`
      CREATE TABLE prompts (
        id TEXT PRIMARY KEY NOT NULL,
        group_name TEXT NOT NULL,
        text TEXT NOT NULL,
        built_in INTEGER NOT NULL DEFAULT 0 CHECK (built_in IN (0, 1)),
        hidden INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1)),
        position INTEGER NOT NULL DEFAULT 0
      ) STRICT;

      ALTER TABLE reflections ADD COLUMN prompt_id TEXT REFERENCES prompts (id) ON DELETE SET NULL;
      ALTER TABLE reflections ADD COLUMN ${rating('energy')};
      ALTER TABLE reflections ADD COLUMN ${rating('engagement')};
      CREATE INDEX reflections_by_prompt ON reflections (prompt_id) WHERE prompt_id IS NOT NULL;

      CREATE TABLE tags (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(name) BETWEEN 1 AND 60)
      ) STRICT;
      CREATE TABLE reflection_tags (
        reflection_id TEXT NOT NULL REFERENCES reflections (id) ON DELETE CASCADE,
        tag_id INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
        PRIMARY KEY (reflection_id, tag_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX reflection_tags_by_tag ON reflection_tags (tag_id, reflection_id);

      CREATE TABLE personal_values (
        id TEXT PRIMARY KEY NOT NULL,
        label TEXT NOT NULL CHECK (length(label) > 0),
        description TEXT NOT NULL DEFAULT '',
        colour TEXT NOT NULL,
        position INTEGER NOT NULL,
        archived_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX personal_values_in_order ON personal_values (position, created_at);
      CREATE TABLE reflection_values (
        reflection_id TEXT NOT NULL REFERENCES reflections (id) ON DELETE CASCADE,
        value_id TEXT NOT NULL REFERENCES personal_values (id) ON DELETE CASCADE,
        PRIMARY KEY (reflection_id, value_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX reflection_values_by_value ON reflection_values (value_id, reflection_id);

      CREATE TABLE experiments (
        id TEXT PRIMARY KEY NOT NULL,
        title TEXT NOT NULL CHECK (length(title) > 0),
        kind TEXT NOT NULL DEFAULT 'other' CHECK (kind IN
          ('networking', 'informational_conversation', 'side_project', 'course', 'shadowing', 'other')),
        hypothesis TEXT NOT NULL DEFAULT '',
        success_criteria TEXT NOT NULL DEFAULT '',
        stop_criteria TEXT NOT NULL DEFAULT '',
        ${date('planned_start')},
        ${date('planned_end')},
        ${date('actual_start')},
        ${date('actual_end')},
        status TEXT NOT NULL DEFAULT 'idea' CHECK (status IN ('idea', 'planned', 'running', 'concluded', 'dropped')),
        drop_reason TEXT NOT NULL DEFAULT '',
        outcome TEXT NOT NULL DEFAULT '',
        learning TEXT NOT NULL DEFAULT '',
        ${rating('energy')},
        ${rating('engagement')},
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX experiments_by_status ON experiments (status, updated_at DESC);
      CREATE INDEX experiments_on_timeline ON experiments (coalesce(actual_start, planned_start), id);
      CREATE TABLE experiment_values (
        experiment_id TEXT NOT NULL REFERENCES experiments (id) ON DELETE CASCADE,
        value_id TEXT NOT NULL REFERENCES personal_values (id) ON DELETE CASCADE,
        PRIMARY KEY (experiment_id, value_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX experiment_values_by_value ON experiment_values (value_id, experiment_id);
      CREATE TABLE reflection_experiments (
        reflection_id TEXT NOT NULL REFERENCES reflections (id) ON DELETE CASCADE,
        experiment_id TEXT NOT NULL REFERENCES experiments (id) ON DELETE CASCADE,
        PRIMARY KEY (reflection_id, experiment_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX reflection_experiments_by_experiment ON reflection_experiments (experiment_id, reflection_id);

      CREATE TABLE experiment_people (
        id TEXT PRIMARY KEY NOT NULL,
        experiment_id TEXT NOT NULL REFERENCES experiments (id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        where_met TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        learned TEXT NOT NULL DEFAULT '',
        can_give TEXT NOT NULL DEFAULT '',
        ${date('follow_up_date')},
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX experiment_people_by_experiment ON experiment_people (experiment_id, created_at);
      CREATE INDEX experiment_people_follow_ups ON experiment_people (follow_up_date) WHERE follow_up_date IS NOT NULL;
      CREATE TABLE experiment_places (
        id TEXT PRIMARY KEY NOT NULL,
        experiment_id TEXT NOT NULL REFERENCES experiments (id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        mode TEXT NOT NULL DEFAULT 'in_person' CHECK (mode IN ('online', 'in_person')),
        location TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        ${date('follow_up_date')},
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX experiment_places_by_experiment ON experiment_places (experiment_id, created_at);

      CREATE TABLE strategy (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        aspiration TEXT NOT NULL DEFAULT '',
        strengths TEXT NOT NULL DEFAULT '',
        impact TEXT NOT NULL DEFAULT '',
        layout_json TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(layout_json)),
        updated_at TEXT
      ) STRICT;
      INSERT INTO strategy (id) VALUES (1);
      CREATE TABLE strategy_versions (
        id TEXT PRIMARY KEY NOT NULL,
        created_at TEXT NOT NULL,
        aspiration TEXT NOT NULL,
        strengths TEXT NOT NULL,
        impact TEXT NOT NULL,
        values_json TEXT NOT NULL CHECK (json_valid(values_json)),
        layout_json TEXT NOT NULL CHECK (json_valid(layout_json)),
        change_note TEXT NOT NULL CHECK (length(trim(change_note)) > 0)
      ) STRICT;
      CREATE INDEX strategy_versions_newest_first ON strategy_versions (created_at DESC, id DESC);
      CREATE TRIGGER strategy_versions_are_immutable BEFORE UPDATE ON strategy_versions
      BEGIN SELECT RAISE(ABORT, 'strategy versions are immutable'); END;

      CREATE TABLE settings (
        key TEXT PRIMARY KEY NOT NULL,
        value TEXT NOT NULL CHECK (json_valid(value))
      ) STRICT;
    `);
    const insertPrompt = db.prepare(
      'INSERT INTO prompts (id, group_name, text, built_in, hidden, position) VALUES (?, ?, ?, 1, 0, ?)',
    );
    builtInPrompts.forEach((prompt, index) => insertPrompt.run(prompt.id, prompt.group, prompt.text, index));
  },
};
