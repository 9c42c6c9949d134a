// The weekly-review template: a structured entry that walks through the week in the method's order.
import { endOfISOWeek, format, parseISO, startOfISOWeek } from 'date-fns';

export const WEEKLY_REVIEW_PROMPT_ID = 'library-review-1';

export function weeklyReviewEntry(today: string): { title: string; body: string } {
  const day = parseISO(today);
  const week = `${format(startOfISOWeek(day), 'd MMM')} – ${format(endOfISOWeek(day), 'd MMM yyyy')}`;
  return {
    title: `Weekly review, ${week}`,
    body: [
      '## What gave me energy',
      '',
      '',
      '## What drained it',
      '',
      '',
      '## Values I lived this week',
      '',
      '',
      '## Conversations and people',
      '',
      '',
      '## Experiments: what moved, what I learned',
      '',
      '',
      '## Does my strategy still hold?',
      '',
      '',
      '## One small step for next week',
      '',
    ].join('\n'),
  };
}
