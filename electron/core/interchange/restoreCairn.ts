// Restores a Cairn export: everything, exactly, into an empty journal; into one with content, only ids it lacks.
// Recently deleted and entry history come back beside it (restoreTrash).
import type { CairnExport } from '../../../shared/domain/interchange/cairnJson';
import type { z } from 'zod';
import { settingSchemas } from '../../../shared/domain/settings';
import { AppError } from '../../../shared/errors';
import type { Db } from '../store/open';
import { restoreTrash, trashedIds } from './restoreTrash';
import { journalTagName } from '../../../shared/domain/interchange/journalTags';
import { createTagResolver, deferForeignKeys } from './writeEntries';

export interface RestorePlan {
  /** Nothing written yet: no entries, values, experiments, versions, own prompts or saved strategy. */
  emptyJournal: boolean;
  newReflections: CairnExport['reflections'];
  newValues: CairnExport['values'];
  newExperiments: CairnExport['experiments'];
  newVersions: CairnExport['strategyVersions'];
  newPrompts: CairnExport['prompts'];
  /** Reflections new by id whose imported source entry the journal already holds (the same Day One file, say). */
  alreadyImported: string[];
  /** What happens to the working strategy: the file's replaces it, the journal's is kept, or they are the same. */
  strategy: StrategyOutcome;
}

export type StrategyOutcome = 'restored' | 'kept' | 'same';

/** The working strategy as written: nothing typed, and no diagram arranged around values of its own. */
function workingStrategyIsDefault(db: Db): boolean {
  const row = db
    .prepare<[], { blank: number; layout: string; values: number }>(
      `SELECT trim(aspiration) = '' AND trim(strengths) = '' AND trim(impact) = '' AS blank, layout_json AS layout,
         (SELECT count(*) FROM personal_values) AS "values" FROM strategy WHERE id = 1`,
    )
    .get();
  return row !== undefined && row.blank === 1 && (row.layout === '{}' || row.values === 0);
}

function sameStrategy(db: Db, strategy: CairnExport['strategy']): boolean {
  const row = db.prepare<[], { aspiration: string; strengths: string; impact: string; layout: string }>(
    'SELECT aspiration, strengths, impact, layout_json AS layout FROM strategy WHERE id = 1',
  ).get();
  return (
    row !== undefined &&
    row.aspiration === strategy.aspiration &&
    row.strengths === strategy.strengths &&
    row.impact === strategy.impact &&
    JSON.stringify(JSON.parse(row.layout)) === JSON.stringify(strategy.layout)
  );
}

function strategyOutcome(db: Db, document: CairnExport, replaceStrategy: boolean): StrategyOutcome {
  if (sameStrategy(db, document.strategy)) return 'same';
  return replaceStrategy || workingStrategyIsDefault(db) ? 'restored' : 'kept';
}

function idsIn(db: Db, table: string, where = ''): Set<string> {
  return new Set(db.prepare<[], { id: string }>(`SELECT id FROM ${table} ${where}`).all().map((row) => row.id));
}

export function isEmptyJournal(db: Db): boolean {
  const row = db
    .prepare<[], { n: number }>(
      `SELECT (SELECT count(*) FROM reflections) + (SELECT count(*) FROM personal_values) + (SELECT count(*) FROM experiments)
        + (SELECT count(*) FROM strategy_versions) + (SELECT count(*) FROM prompts WHERE built_in = 0)
        + (SELECT count(*) FROM strategy WHERE updated_at IS NOT NULL) AS n`,
    )
    .get();
  return row?.n === 0;
}

function assertUniqueIds(items: readonly { id: string }[], kind: string, what: string): void {
  const seen = new Set<string>();
  for (const { id } of items) {
    if (seen.has(id)) throw new AppError('VALIDATION', `${what} lists the ${kind} ${id} twice, so nothing was imported.`);
    seen.add(id);
  }
}

/** Refuses repeated ids, and links to values, experiments or prompts that exist neither in the file nor in the journal. */
function assertConsistent(db: Db, document: CairnExport, what: string): void {
  assertUniqueIds(document.reflections, 'reflection', what);
  assertUniqueIds(document.values, 'value', what);
  assertUniqueIds(document.experiments, 'experiment', what);
  assertUniqueIds(document.strategyVersions, 'strategy version', what);
  assertUniqueIds(document.prompts, 'prompt', what);
  const values = new Set([...idsIn(db, 'personal_values'), ...document.values.map((value) => value.id)]);
  const experiments = new Set([...idsIn(db, 'experiments'), ...document.experiments.map((experiment) => experiment.id)]);
  const prompts = new Set([...idsIn(db, 'prompts'), ...document.prompts.filter((prompt) => !prompt.builtIn).map((prompt) => prompt.id)]);
  const refuse = (where: string, link: string): never => {
    throw new AppError('VALIDATION', `${what}, ${where}, links to ${link} that is not in the file, so nothing was imported.`);
  };
  document.reflections.forEach((reflection, index) => {
    const where = `reflection ${index + 1} (${reflection.entryDate})`;
    if (reflection.valueIds.some((id) => !values.has(id))) refuse(where, 'a value');
    if (reflection.experimentIds.some((id) => !experiments.has(id))) refuse(where, 'an experiment');
    if (reflection.promptId !== null && !prompts.has(reflection.promptId)) refuse(where, 'a prompt');
  });
  document.experiments.forEach((experiment, index) => {
    if (experiment.valueIds.some((id) => !values.has(id))) refuse(`experiment ${index + 1} (${experiment.title})`, 'a value');
  });
}

/** Ids of the file's reflections that came from an entry the journal has imported too (matched by fingerprint). */
function importedHere(db: Db, document: CairnExport): Set<string> {
  const known = db.prepare<[string], { reflectionId: string }>('SELECT reflection_id AS reflectionId FROM import_fingerprints WHERE fingerprint = ?');
  return new Set(
    document.importFingerprints
      .filter(({ fingerprint, reflectionId }) => {
        const here = known.get(fingerprint)?.reflectionId;
        return here !== undefined && here !== reflectionId;
      })
      .map(({ reflectionId }) => reflectionId),
  );
}

export function planRestore(db: Db, document: CairnExport, what: string, replaceStrategy = false): RestorePlan {
  assertConsistent(db, document, what);
  // An item deleted here (waiting in Recently deleted) counts as present: importing does not undo the deletion.
  const reflections = new Set([...idsIn(db, 'reflections'), ...trashedIds(db, 'reflection')]);
  const values = new Set([...idsIn(db, 'personal_values'), ...trashedIds(db, 'value')]);
  const experiments = new Set([...idsIn(db, 'experiments'), ...trashedIds(db, 'experiment')]);
  const versions = idsIn(db, 'strategy_versions');
  const prompts = new Set([...idsIn(db, 'prompts'), ...trashedIds(db, 'prompt')]);
  const sameSource = importedHere(db, document);
  const newById = document.reflections.filter((reflection) => !reflections.has(reflection.id));
  return {
    emptyJournal: isEmptyJournal(db),
    newReflections: newById.filter((reflection) => !sameSource.has(reflection.id)),
    alreadyImported: newById.filter((reflection) => sameSource.has(reflection.id)).map((reflection) => reflection.id),
    strategy: strategyOutcome(db, document, replaceStrategy),
    newValues: document.values.filter((value) => !values.has(value.id)),
    newExperiments: document.experiments.filter((experiment) => !experiments.has(experiment.id)),
    newVersions: document.strategyVersions.filter((version) => !versions.has(version.id)),
    newPrompts: document.prompts.filter((prompt) => !prompt.builtIn && !prompts.has(prompt.id)),
  };
}

/** Inserts experiments with their value links, people and places; links must point at rows that exist by commit. */
export function restoreExperiments(db: Db, experiments: CairnExport['experiments']): void {
  const insertExperiment = db.prepare(
    `INSERT INTO experiments (id, title, kind, hypothesis, success_criteria, stop_criteria, planned_start, planned_end,
       actual_start, actual_end, status, drop_reason, outcome, learning, energy, engagement, created_at, updated_at)
     VALUES (@id, @title, @kind, @hypothesis, @successCriteria, @stopCriteria, @plannedStart, @plannedEnd,
       @actualStart, @actualEnd, @status, @dropReason, @outcome, @learning, @energy, @engagement, @createdAt, @updatedAt)`,
  );
  const linkValue = db.prepare<[string, string]>('INSERT INTO experiment_values (experiment_id, value_id) VALUES (?, ?)');
  for (const { valueIds, people, places, ...experiment } of experiments) {
    insertExperiment.run(experiment);
    for (const valueId of valueIds) linkValue.run(experiment.id, valueId);
    restorePeople(db, experiment.id, people);
    restorePlaces(db, experiment.id, places);
  }
}

export function restorePeople(db: Db, experimentId: string, people: CairnExport['experiments'][number]['people']): void {
  const insertPerson = db.prepare(
    `INSERT INTO experiment_people (id, experiment_id, name, where_met, notes, learned, can_give, follow_up_date, created_at, updated_at)
     VALUES (@id, @experimentId, @name, @where, @notes, @learned, @canGive, @followUpDate, @createdAt, @updatedAt)`,
  );
  for (const person of people) insertPerson.run({ ...person, experimentId });
}

export function restorePlaces(db: Db, experimentId: string, places: CairnExport['experiments'][number]['places']): void {
  const insertPlace = db.prepare(
    `INSERT INTO experiment_places (id, experiment_id, name, mode, location, notes, follow_up_date, created_at, updated_at)
     VALUES (@id, @experimentId, @name, @mode, @where, @notes, @followUpDate, @createdAt, @updatedAt)`,
  );
  for (const place of places) insertPlace.run({ ...place, experimentId });
}

export function restoreValues(db: Db, values: CairnExport['values']): void {
  const insertValue = db.prepare(
    `INSERT INTO personal_values (id, label, description, colour, position, archived_at, created_at, updated_at)
     VALUES (@id, @label, @description, @colour, @position, @archivedAt, @createdAt, @updatedAt)`,
  );
  for (const value of values) insertValue.run(value);
}

/** The person's own prompts (built-in ones are never deleted, only hidden). */
export function restorePrompts(db: Db, prompts: CairnExport['prompts']): void {
  const insertPrompt = db.prepare(
    'INSERT INTO prompts (id, group_name, text, built_in, hidden, position) VALUES (@id, @group, @text, 0, @hidden, @position)',
  );
  for (const prompt of prompts) insertPrompt.run({ ...prompt, hidden: prompt.hidden ? 1 : 0 });
}

/** Inserts reflections with their tags (by name) and links; links must point at rows that exist by commit. */
export function restoreReflections(db: Db, reflections: CairnExport['reflections']): void {
  const insertReflection = db.prepare(
    `INSERT INTO reflections (id, entry_date, title, body, prompt_id, energy, engagement, created_at, updated_at)
     VALUES (@id, @entryDate, @title, @body, @promptId, @energy, @engagement, @createdAt, @updatedAt)`,
  );
  const linkTag = db.prepare<[string, number]>('INSERT OR IGNORE INTO reflection_tags (reflection_id, tag_id) VALUES (?, ?)');
  const linkValue = db.prepare<[string, string]>('INSERT OR IGNORE INTO reflection_values (reflection_id, value_id) VALUES (?, ?)');
  const linkExperiment = db.prepare<[string, string]>(
    'INSERT OR IGNORE INTO reflection_experiments (reflection_id, experiment_id) VALUES (?, ?)',
  );
  const tagId = createTagResolver(db);
  deferForeignKeys(db);
  for (const { tags, valueIds, experimentIds, ...reflection } of reflections) {
    for (const tag of tags) {
      const name = journalTagName(tag);
      if (name.length > 0) linkTag.run(reflection.id, tagId(name));
    }
    insertReflection.run(reflection);
    for (const valueId of valueIds) linkValue.run(reflection.id, valueId);
    for (const experimentId of experimentIds) linkExperiment.run(reflection.id, experimentId);
  }
}

/** Must run inside the caller's transaction. Returns how many reflections were written. */
export function restoreCairn(db: Db, document: CairnExport, plan: RestorePlan): number {
  restoreValues(db, plan.newValues);
  restorePrompts(db, plan.newPrompts);
  restoreExperiments(db, plan.newExperiments);
  restoreReflections(db, plan.newReflections);
  const skipped = new Set(plan.alreadyImported);
  restoreTrash(db, { ...document, reflectionHistory: document.reflectionHistory.filter((version) => !skipped.has(version.reflectionId)) });
  // Fingerprints of entries imported from other apps, for every reflection the journal now holds.
  const keepFingerprint = db.prepare<[string, string, string]>(
    'INSERT OR IGNORE INTO import_fingerprints (fingerprint, reflection_id) SELECT ?, ? WHERE EXISTS (SELECT 1 FROM reflections WHERE id = ?)',
  );
  for (const { fingerprint, reflectionId } of document.importFingerprints) keepFingerprint.run(fingerprint, reflectionId, reflectionId);

  const insertVersion = db.prepare(
    `INSERT INTO strategy_versions (id, created_at, aspiration, strengths, impact, values_json, layout_json, change_note)
     VALUES (@id, @createdAt, @aspiration, @strengths, @impact, @values, @layout, @changeNote)`,
  );
  for (const version of plan.newVersions) {
    insertVersion.run({ ...version, values: JSON.stringify(version.values), layout: JSON.stringify(version.layout) });
  }

  // Only an untouched journal takes the export's prompt choices and settings: a journal in use keeps its own. The
  // working strategy comes back where the journal's holds only defaults, or where the person chose to replace it.
  const writeSetting = db.prepare<[string, string]>(
    plan.emptyJournal
      ? 'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value'
      : 'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING',
  );
  for (const [key, value] of Object.entries(document.settings)) {
    // A setting Cairn knows is written only in a shape it can read back; one it does not know is kept as it came.
    const schema = (settingSchemas as Record<string, z.ZodType | undefined>)[key];
    if (schema && !schema.safeParse(value).success) continue;
    writeSetting.run(key, JSON.stringify(value));
  }
  if (plan.strategy === 'restored') {
    const { strategy } = document;
    db.prepare(
      `UPDATE strategy SET aspiration = @aspiration, strengths = @strengths, impact = @impact, layout_json = @layout,
         updated_at = @updatedAt WHERE id = 1`,
    ).run({ ...strategy, layout: JSON.stringify(strategy.layout) });
  }
  if (plan.emptyJournal) {
    const showBuiltIn = db.prepare<[number, number, string]>('UPDATE prompts SET hidden = ?, position = ? WHERE id = ? AND built_in = 1');
    for (const prompt of document.prompts) if (prompt.builtIn) showBuiltIn.run(prompt.hidden ? 1 : 0, prompt.position, prompt.id);
  }
  return plan.newReflections.length;
}
