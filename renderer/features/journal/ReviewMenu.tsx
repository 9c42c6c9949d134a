// "Start a review": the core writes the review from the period's data, and it opens in the editor like any new entry.
import { localCalendarDate } from '../../../shared/domain/dates';
import type { ReviewKind } from '../../../shared/domain/reviews/reviewSchema';
import type { MenuAction } from '../../ui/MenuButton';
import { api } from '../../app/client';
import { useJournal } from './journalStore';

/** The period reviewed holds the day picked on the calendar, or today. */
export function startReview(kind: ReviewKind): Promise<unknown> {
  const journal = useJournal.getState();
  const endingOn = journal.filter.day ?? localCalendarDate();
  return journal.begin(() => api()['reviews.create']({ kind, endingOn }), 'Could not start the review');
}

/** The "Start a review" menu, on the journal's home and in its header. */
export const reviewActions: readonly MenuAction[] = [
  { id: 'review-week', label: 'Weekly review', onSelect: () => void startReview('week') },
  { id: 'review-quarter', label: 'Quarterly review', onSelect: () => void startReview('quarter') },
  { id: 'review-year', label: 'Yearly review', onSelect: () => void startReview('year') },
];

/** The menu button's face: the arrow says it opens a menu, and is not read out (the button says so itself). */
export function ReviewMenuLabel() {
  return (
    <>
      Start a review <span aria-hidden="true">▾</span>
    </>
  );
}
