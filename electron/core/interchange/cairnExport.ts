// Reads the whole journal into one Cairn export document: every reflection, value, experiment, prompt and setting, the trash and entry history.
import { CAIRN_EXPORT_FORMAT_VERSION, exportedSettingValueSchema, type CairnExport } from '../../../shared/domain/interchange/cairnJson';
import type { Experiment } from '../../../shared/domain/experiment';
import type { Reflection } from '../../../shared/domain/reflection';
import type { StrategyVersion } from '../../../shared/domain/strategy';
import type { Repos } from '../repos';
import type { Db } from '../store/open';

const PAGE = 200;

function allReflections(repos: Repos): Reflection[] {
  const items: Reflection[] = [];
  let cursor: string | undefined;
  do {
    const page = repos.reflections.list({ limit: PAGE, ...(cursor !== undefined && { cursor }) });
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);
  return items.reverse();
}

function allExperiments(repos: Repos): Experiment[] {
  const items: Experiment[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = repos.experiments.list({ limit: PAGE, offset });
    items.push(...page.items);
    if (items.length >= page.total || page.items.length === 0) return items;
  }
}

function allVersions(repos: Repos): StrategyVersion[] {
  const items: StrategyVersion[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = repos.strategy.versions(PAGE, offset);
    items.push(...page.items);
    if (items.length >= page.total || page.items.length === 0) return items.reverse();
  }
}

function storedSettings(db: Db): CairnExport['settings'] {
  const rows = db.prepare<[], { key: string; value: string }>('SELECT key, value FROM settings ORDER BY key').all();
  const settings: CairnExport['settings'] = {};
  for (const { key, value } of rows) {
    const parsed = exportedSettingValueSchema.safeParse(JSON.parse(value));
    if (parsed.success) settings[key] = parsed.data;
  }
  return settings;
}

function prompts(db: Db): CairnExport['prompts'] {
  return db
    .prepare<[], { id: string; group_name: string; text: string; built_in: number; hidden: number; position: number }>(
      'SELECT id, group_name, text, built_in, hidden, position FROM prompts ORDER BY position, id',
    )
    .all()
    .map((row) => ({ id: row.id, group: row.group_name, text: row.text, builtIn: row.built_in === 1, hidden: row.hidden === 1, position: row.position }));
}

/** One read transaction, so the export is a consistent picture even if a write lands meanwhile. */
export function buildCairnExport(db: Db, repos: Repos, appVersion: string, now: Date): CairnExport {
  return db.transaction((): CairnExport => ({
    formatVersion: CAIRN_EXPORT_FORMAT_VERSION,
    exportedAt: now.toISOString(),
    appVersion,
    reflections: allReflections(repos),
    values: repos.values.list(true),
    strategy: repos.strategy.draft(),
    strategyVersions: allVersions(repos),
    experiments: allExperiments(repos).map((experiment) => ({
      ...experiment,
      people: experiment.people.map(({ experimentId: _, ...person }) => person),
      places: experiment.places.map(({ experimentId: _, ...place }) => place),
    })),
    prompts: prompts(db),
    settings: storedSettings(db),
    trash: repos.trash.entries(),
    tombstones: repos.trash.tombstones(),
    reflectionHistory: repos.history.all(),
    importFingerprints: db
      .prepare<[], { fingerprint: string; reflectionId: string }>(
        'SELECT fingerprint, reflection_id AS reflectionId FROM import_fingerprints ORDER BY fingerprint',
      )
      .all(),
    attachments: repos.attachments.list(),
  }))();
}
