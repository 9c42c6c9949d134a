// reviews.create: reads the period's reflections, experiments and strategy versions, writes them into a review entry.
import { addDays } from 'date-fns';
import { localCalendarDate } from '../../../shared/domain/dates';
import type { Experiment } from '../../../shared/domain/experiment';
import type { StrategyVersion } from '../../../shared/domain/strategy';
import { reviewBody } from '../../../shared/domain/reviews/reviewBody';
import { reviewPeriod } from '../../../shared/domain/reviews/reviewPeriod';
import { REVIEW_TAG, reviewPromptIds } from '../../../shared/domain/reviews/reviewSchema';
import { parseCalendarDate, toCalendarDate } from '../../../shared/domain/timeline/calendar';
import type { Handlers } from '../handlerTable';
import type { Repos } from '../repos';
import type { HandlerContext } from './context';
import type { WriteTable } from '../writes';

const PAGE = 200;

function everyExperiment(repos: Repos): Experiment[] {
  const all: Experiment[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = repos.experiments.list({ limit: PAGE, offset });
    all.push(...page.items);
    if (offset + PAGE >= page.total) return all;
  }
}

/** Versions newest first, down to the first one saved before `since` (a day early, for the zone a version is read in). */
function versionsSince(repos: Repos, since: string): StrategyVersion[] {
  const floor = toCalendarDate(addDays(parseCalendarDate(since), -1));
  const recent: StrategyVersion[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = repos.strategy.versions(PAGE, offset);
    recent.push(...page.items);
    const oldest = page.items.at(-1);
    if (!oldest || offset + PAGE >= page.total || oldest.createdAt.slice(0, 10) < floor) return recent;
  }
}

export function reviewHandlers({ journal, clock }: HandlerContext) {
  return {
    'reviews.create': ({ kind, endingOn }) => {
      const repos = journal.repos();
      const today = localCalendarDate(clock());
      const period = reviewPeriod(kind, endingOn ?? today, today);
      return journal.db().transaction(() => {
        const body = reviewBody(period, {
          entries: repos.insight.listed(period.firstDay, period.lastDay),
          names: repos.insight.names(),
          experiments: everyExperiment(repos),
          versions: versionsSince(repos, period.firstDay),
        });
        // Built-in prompts are never deleted (only hidden), so the library's review prompt is always there.
        return repos.reflections.create({ entryDate: period.entryDate, title: period.title, body, promptId: reviewPromptIds[kind], tags: [REVIEW_TAG] });
      })();
    },
  } satisfies Partial<Handlers>;
}

/** A review is an ordinary reflection, tagged: the tag may be new. */
export const reviewWrites = {
  'reviews.create': { aggregates: ['reflections', 'tags'], ids: (_input, output) => ({ reflections: [output.id] }) },
} satisfies Partial<WriteTable>;
