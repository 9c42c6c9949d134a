// An imported entry's values, experiments and prompt, named in its file, found in the journal by name: a value it
// lacks is added (a value is its name), an experiment or prompt it lacks is counted as left out, never invented.
import type { ImportEntry, ImportLeftOut } from '../../../shared/domain/interchange/importBatch';
import { nextPaletteColour } from '../../../shared/domain/values/palette';
import { createValuesRepo } from '../repos/valuesRepo';
import type { Db } from '../store/open';
import type { Clock } from '../clock';

/** Names compare as a person reads them: whatever the case and the spaces around. */
const nameKey = (name: string): string => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase();

/** Name to id, the first of each name winning: live values before archived ones, the oldest experiment first. */
function idsByName(rows: readonly { id: string; name: string }[]): Map<string, string> {
  const byName = new Map<string, string>();
  for (const { id, name } of rows) if (!byName.has(nameKey(name))) byName.set(nameKey(name), id);
  return byName;
}

interface JournalNames {
  values: Map<string, string>;
  experiments: Map<string, string>;
  prompts: Map<string, string>;
}

function journalNames(db: Db): JournalNames {
  const rows = (sql: string) => db.prepare<[], { id: string; name: string }>(sql).all();
  return {
    values: idsByName(rows('SELECT id, label AS name FROM personal_values ORDER BY archived_at IS NOT NULL, position, created_at')),
    experiments: idsByName(rows('SELECT id, title AS name FROM experiments ORDER BY created_at, id')),
    prompts: idsByName(rows('SELECT id, text AS name FROM prompts ORDER BY position, id')),
  };
}

/** What the entries name that the journal has no match for, each name once: the values an import adds, the experiments and prompts it cannot link. */
export function missingLinks(db: Db, entries: readonly ImportEntry[]): { newValues: number; unlinked: ImportLeftOut[] } {
  const names = journalNames(db);
  const newValues = new Set<string>();
  const missingExperiments = new Set<string>();
  const missingPrompts = new Set<string>();
  for (const entry of entries) {
    for (const label of entry.values ?? []) if (!names.values.has(nameKey(label))) newValues.add(nameKey(label));
    for (const title of entry.experiments ?? []) if (!names.experiments.has(nameKey(title))) missingExperiments.add(nameKey(title));
    if (entry.prompt !== undefined && !names.prompts.has(nameKey(entry.prompt))) missingPrompts.add(nameKey(entry.prompt));
  }
  const experiments = missingExperiments.size;
  const prompts = missingPrompts.size;
  const unlinked: ImportLeftOut[] = [];
  if (experiments > 0) unlinked.push({ what: experiments === 1 ? 'experiment this journal does not have' : 'experiments this journal does not have', count: experiments });
  if (prompts > 0) unlinked.push({ what: prompts === 1 ? 'prompt this journal does not have' : 'prompts this journal does not have', count: prompts });
  return { newValues: newValues.size, unlinked };
}

export interface EntryLinker {
  /** Links the reflection to the values and experiments its entry names; answers the prompt's id, or null. */
  link(reflectionId: string, entry: ImportEntry): string | null;
}

/** Must run inside the caller's transaction; reads the journal's names once per batch of entries. */
export function createEntryLinker(db: Db, clock: Clock): EntryLinker {
  const names = journalNames(db);
  const values = createValuesRepo(db, clock);
  const usedColours = db.prepare<[], { colour: string }>('SELECT colour FROM personal_values').all().map((row) => row.colour);
  const linkValue = db.prepare<[string, string]>('INSERT OR IGNORE INTO reflection_values (reflection_id, value_id) VALUES (?, ?)');
  const linkExperiment = db.prepare<[string, string]>('INSERT OR IGNORE INTO reflection_experiments (reflection_id, experiment_id) VALUES (?, ?)');
  const valueIdOf = (label: string): string => {
    const known = names.values.get(nameKey(label));
    if (known !== undefined) return known;
    const colour = nextPaletteColour(usedColours);
    usedColours.push(colour);
    const { id } = values.create({ label: label.trim(), description: '', colour });
    names.values.set(nameKey(label), id);
    return id;
  };
  return {
    link(reflectionId, entry) {
      for (const label of entry.values ?? []) linkValue.run(reflectionId, valueIdOf(label));
      for (const title of entry.experiments ?? []) {
        const experimentId = names.experiments.get(nameKey(title));
        if (experimentId !== undefined) linkExperiment.run(reflectionId, experimentId);
      }
      return entry.prompt === undefined ? null : (names.prompts.get(nameKey(entry.prompt)) ?? null);
    },
  };
}
