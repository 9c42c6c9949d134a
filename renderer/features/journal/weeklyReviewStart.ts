// Starts this week's review: a new entry pre-filled with the weekly-review structure and its prompt.
import { localCalendarDate } from '../../../shared/domain/dates';
import { useJournal } from './journalStore';
import { WEEKLY_REVIEW_PROMPT_ID, weeklyReviewEntry } from './weeklyReview';

export async function startWeeklyReview(): Promise<void> {
  const { prompts, create } = useJournal.getState();
  const promptId = prompts.some((prompt) => prompt.id === WEEKLY_REVIEW_PROMPT_ID) ? WEEKLY_REVIEW_PROMPT_ID : undefined;
  await create({ ...weeklyReviewEntry(localCalendarDate()), promptId });
}
