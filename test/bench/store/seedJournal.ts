// Fills a data folder fast: values and experiments through dispatch, reflections by direct SQL in one transaction.
import type { Core } from '../../../electron/core/core';
import { generateExperiments, generateReflections, valueLabels, type SyntheticReflection } from '../corpus';
import { seededRandom, type Random } from '../prng';
import { call, openBenchCore } from './benchCore';

export interface SeedPlan {
  reflections: number;
  experiments?: number;
  strategyVersions?: number;
  seed: number;
  /** The newest reflection's moment and how many days back the reflections spread (one a day by default). */
  newest?: Date;
  spanDays?: number;
}

/** A well-formed v4 UUID from the seeded PRNG, so paging order (which breaks ties by id) is the same every run. */
export function seededUuid(random: Random): string {
  const hex = Array.from({ length: 32 }, () => random.int(0, 15).toString(16));
  hex[12] = '4';
  hex[16] = (8 + random.int(0, 3)).toString(16);
  const text = hex.join('');
  return `${text.slice(0, 8)}-${text.slice(8, 12)}-${text.slice(12, 16)}-${text.slice(16, 20)}-${text.slice(20)}`;
}

/**
 * Inserts every reflection in one transaction with prepared statements. Links go in first under deferred foreign
 * keys, so the reflection's own insert trigger indexes it once with its tags instead of once per tag.
 */
export function insertReflections(core: Core, reflections: readonly SyntheticReflection[], valueIds: readonly string[], seed: number): void {
  const db = core.db;
  const random = seededRandom(seed ^ 0x5eed);
  const insertTag = db.prepare('INSERT INTO tags (name) VALUES (?) ON CONFLICT (name) DO NOTHING');
  const tagId = db.prepare<[string], { id: number }>('SELECT id FROM tags WHERE name = ?');
  const linkTag = db.prepare('INSERT INTO reflection_tags (reflection_id, tag_id) VALUES (?, ?)');
  const linkValue = db.prepare('INSERT INTO reflection_values (reflection_id, value_id) VALUES (?, ?)');
  const insert = db.prepare(
    `INSERT INTO reflections (id, entry_date, title, body, energy, engagement, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const tagIds = new Map<string, number>();
  const idOfTag = (name: string): number => {
    let id = tagIds.get(name);
    if (id === undefined) {
      insertTag.run(name);
      id = tagId.get(name)!.id;
      tagIds.set(name, id);
    }
    return id;
  };
  db.transaction(() => {
    db.pragma('defer_foreign_keys = ON');
    for (const reflection of reflections) {
      const id = seededUuid(random);
      for (const tag of reflection.tags) linkTag.run(id, idOfTag(tag));
      for (const index of reflection.valueIndexes) {
        const valueId = valueIds[index];
        if (valueId) linkValue.run(id, valueId);
      }
      insert.run(id, reflection.entryDate, reflection.title, reflection.body, reflection.energy, reflection.engagement, reflection.createdAt, reflection.createdAt);
    }
  })();
}

async function createValues(core: Core): Promise<string[]> {
  const colours = ['#3d6b4f', '#8a5a2b', '#2f5d8a', '#7a3d6b', '#6b6b2f', '#2f7a7a'];
  const ids: string[] = [];
  for (const [index, label] of valueLabels.entries()) {
    const value = await call(core, 'values.create', { label, colour: colours[index % colours.length]! });
    ids.push(value.id);
  }
  return ids;
}

async function createExperiments(core: Core, count: number, seed: number, valueIds: readonly string[]): Promise<void> {
  for (const experiment of generateExperiments(count, seed)) {
    const { valueIndex, ...fields } = experiment;
    await call(core, 'experiments.create', {
      ...fields,
      hypothesis: 'If I try this for a few weeks I will learn whether it gives me energy.',
      // Everything the core asks of an experiment in its status: criteria up front, an outcome and learning, a reason to drop.
      successCriteria: 'I look forward to the next session.',
      stopCriteria: 'Three sessions in a row feel like a chore.',
      ...(fields.status === 'concluded' ? { outcome: 'Went as planned.', learning: 'Keep the parts that gave energy.' } : {}),
      ...(fields.status === 'dropped' ? { dropReason: 'No time this season.' } : {}),
      valueIds: valueIds[valueIndex] ? [valueIds[valueIndex]] : [],
    });
  }
}

async function createStrategyVersions(core: Core, count: number): Promise<void> {
  for (let index = 0; index < count; index += 1) {
    await call(core, 'strategy.save', {
      aspiration: `Version ${index + 1}: work that teaches and builds, with room to think.`,
      strengths: 'Explaining hard things; patient debugging; writing.',
      impact: 'People who leave a session able to do something they could not before.',
    });
    await call(core, 'strategy.snapshot', { changeNote: `Check-in ${index + 1}: adjusted the aspiration after a month of notes.` });
  }
}

/** The strategy a journal in use has: an aspiration long enough to wrap to several lines inside the diagram. */
async function saveCurrentStrategy(core: Core): Promise<void> {
  await call(core, 'strategy.save', {
    aspiration: 'Helping teams learn by building the tools they teach with, and connecting the people who use them',
    strengths: 'Explaining hard things; patient debugging; writing.',
    impact: 'People who leave a session able to do something they could not before.',
  });
}

/** Seeds a fresh data folder and closes it, so what is measured next starts from a cold open. */
export async function seedDataFolder(dataDir: string, plan: SeedPlan): Promise<void> {
  const core = openBenchCore(dataDir);
  try {
    const valueIds = await createValues(core);
    insertReflections(core, generateReflections(plan.reflections, plan.seed, plan.newest, plan.spanDays), valueIds, plan.seed);
    await createExperiments(core, plan.experiments ?? 0, plan.seed, valueIds);
    await createStrategyVersions(core, plan.strategyVersions ?? 0);
    await saveCurrentStrategy(core);
  } finally {
    core.close();
  }
}
