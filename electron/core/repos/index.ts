// Every repository over one open database, created together so they share its prepared statements' lifetime.
import type { Db } from '../store/open';
import { createDraftsRepo } from './draftsRepo';
import { createEvidenceRepo } from './evidenceRepo';
import { createExperimentsRepo } from './experimentsRepo';
import { createPromptsRepo } from './promptsRepo';
import { createReflectionsRepo, type Clock } from './reflectionsRepo';
import { createSearchRepo } from './searchRepo';
import { createSettingsRepo } from './settingsRepo';
import { createStrategyRepo } from './strategyRepo';
import { createTagsRepo } from './tagsRepo';
import { createTimelineRepo } from './timelineRepo';
import { createValuesRepo } from './valuesRepo';

export function createRepos(db: Db, clock: Clock) {
  const tags = createTagsRepo(db);
  const values = createValuesRepo(db, clock);
  return {
    reflections: createReflectionsRepo(db, tags, clock),
    tags,
    values,
    experiments: createExperimentsRepo(db, clock),
    strategy: createStrategyRepo(db, values, clock),
    prompts: createPromptsRepo(db),
    settings: createSettingsRepo(db),
    search: createSearchRepo(db),
    timeline: createTimelineRepo(db),
    evidence: createEvidenceRepo(db),
    drafts: createDraftsRepo(db, clock),
  };
}

export type Repos = ReturnType<typeof createRepos>;
