// Implements every contract operation from per-aggregate groups, with what each writes; a missing one is a compile error.
import type { HandlerContext } from './handlers/context';
import { appHandlers, appWrites } from './handlers/app';
import { attachmentHandlers, attachmentWrites } from './handlers/attachments';
import { draftHandlers, draftWrites } from './handlers/drafts';
import { experimentHandlers, experimentWrites } from './handlers/experiments';
import { insightHandlers, insightWrites } from './handlers/insight';
import { interchangeHandlers, interchangeWrites } from './handlers/interchange';
import { promptHandlers, promptWrites } from './handlers/prompts';
import { reflectionHandlers, reflectionWrites } from './handlers/reflections';
import { reviewHandlers, reviewWrites } from './handlers/reviews';
import { searchHandlers, searchWrites } from './handlers/search';
import { securityHandlers, securityWrites } from './handlers/security';
import { strategyHandlers, strategyWrites } from './handlers/strategy';
import { syncHandlers, syncWrites } from './handlers/sync';
import { timelineHandlers, timelineWrites } from './handlers/timeline';
import { strategyEvidenceHandlers, strategyEvidenceWrites } from './handlers/strategyEvidence';
import { trashHandlers, trashWrites } from './handlers/trash';
import { combineGroups, type Handlers } from './handlerTable';
import type { WriteTable } from './writes';

export type { HandlerContext } from './handlers/context';
export type { Handlers } from './handlerTable';

export function createHandlers(ctx: HandlerContext): Handlers {
  return combineGroups('handler', [
    reflectionHandlers(ctx),
    experimentHandlers(ctx),
    strategyHandlers(ctx),
    appHandlers(ctx),
    promptHandlers(ctx),
    searchHandlers(ctx),
    draftHandlers(ctx),
    securityHandlers(ctx),
    timelineHandlers(ctx),
    insightHandlers(ctx),
    reviewHandlers(ctx),
    interchangeHandlers(ctx),
    strategyEvidenceHandlers(ctx),
    trashHandlers(ctx),
    syncHandlers(ctx),
    attachmentHandlers(ctx),
  ]);
}

/** What every operation writes, gathered from the groups that declare it next to their handlers. */
export const writeTable: WriteTable = combineGroups('write declaration', [
  reflectionWrites,
  experimentWrites,
  strategyWrites,
  appWrites,
  promptWrites,
  searchWrites,
  draftWrites,
  securityWrites,
  timelineWrites,
  insightWrites,
  reviewWrites,
  interchangeWrites,
  strategyEvidenceWrites,
  trashWrites,
  syncWrites,
  attachmentWrites,
]);
