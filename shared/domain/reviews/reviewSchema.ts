// Reviews across the process boundary: which review to write (a week, a quarter or a year) and the tag it carries.
import { z } from 'zod';
import { calendarDateSchema } from '../dates';

export const reviewKinds = ['week', 'quarter', 'year'] as const;
export type ReviewKind = (typeof reviewKinds)[number];

/** Every review entry carries this tag: the calendar marks its day, and a later review leaves earlier ones out. */
export const REVIEW_TAG = 'review';

/** The prompt library's review prompts (migration 5): built in, so never deleted, only hidden. */
export const reviewPromptIds: Readonly<Record<ReviewKind, string>> = {
  week: 'library-review-1',
  quarter: 'library-review-2',
  year: 'library-review-2',
};

export const reviewCreateSchema = z.strictObject({
  kind: z.enum(reviewKinds),
  /** A day in the period to review; omitted means today. The period is the week, quarter or year holding it. */
  endingOn: calendarDateSchema.optional(),
});
export type ReviewCreate = z.output<typeof reviewCreateSchema>;
