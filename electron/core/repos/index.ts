// Every repository over one open database, created together so they share its prepared statements' lifetime.
import type { Db } from '../store/open';
import { createAttachmentsRepo } from './attachmentsRepo';
import { createDraftsRepo } from './draftsRepo';
import { createEvidenceRepo } from './evidenceRepo';
import { createExperimentsRepo } from './experimentsRepo';
import { createHistoryRepo } from './historyRepo';
import { createInsightRepo } from './insightRepo';
import { createPromptsRepo } from './promptsRepo';
import type { Clock } from '../clock';
import { createReflectionsRepo } from './reflectionsRepo';
import { createSearchRepo } from './searchRepo';
import { createSettingsRepo } from './settingsRepo';
import { createStrategyRepo } from './strategyRepo';
import { createTagsRepo } from './tagsRepo';
import { createTimelineRepo } from './timelineRepo';
import { createTrashRepo } from './trashRepo';
import { createValuesRepo } from './valuesRepo';

export function createRepos(db: Db, clock: Clock) {
  const tags = createTagsRepo(db);
  const values = createValuesRepo(db, clock);
  const history = createHistoryRepo(db);
  const reflections = createReflectionsRepo(db, tags, history, clock);
  const experiments = createExperimentsRepo(db, clock);
  const prompts = createPromptsRepo(db);
  return {
    reflections,
    history,
    tags,
    values,
    experiments,
    strategy: createStrategyRepo(db, values, clock),
    prompts,
    trash: createTrashRepo(db, { reflections, experiments, values, prompts, history }, clock),
    settings: createSettingsRepo(db),
    search: createSearchRepo(db),
    timeline: createTimelineRepo(db),
    insight: createInsightRepo(db),
    evidence: createEvidenceRepo(db),
    drafts: createDraftsRepo(db, clock),
    attachments: createAttachmentsRepo(db, clock),
  };
}

export type Repos = ReturnType<typeof createRepos>;
