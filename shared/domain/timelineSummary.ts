// The timeline's aggregated data: reflections per day, values lived per week, plus experiment spans and version points.
import { z } from 'zod';
import { calendarDateSchema, timestampSchema } from './dates';
import { experimentStatuses } from './experiment';

export const timelineSummaryInputSchema = z
  .strictObject({
    /** First calendar date to include; omitted means from the first reflection. */
    from: calendarDateSchema.optional(),
    /** Last calendar date to include; omitted means up to the last reflection. */
    to: calendarDateSchema.optional(),
  })
  .refine((range) => !range.from || !range.to || range.from <= range.to, {
    message: 'The time range ends before it starts',
  });

const count = z.number().int().min(1);
/**
 * Thousands of rows cross the boundary in one summary; their dates come from columns the schema
 * already checks, so the output only confirms the shape instead of re-validating every calendar day.
 */
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const timelineSummarySchema = z.object({
  /** Reflections written per day, in date order; days without any are left out. */
  reflectionDays: z.array(z.object({ date: day, count })),
  /**
   * Reflections per ISO week that expressed each value (a reflection counts once per value), keyed by
   * the week's Monday: the values-lived strip is weekly, so this is up to seven times fewer rows than per day.
   */
  valueWeeks: z.array(z.object({ week: day, valueId: z.string(), count })),
  /** Experiments with a start date whose span touches the range. */
  experiments: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      status: z.enum(experimentStatuses),
      plannedStart: calendarDateSchema.nullable(),
      plannedEnd: calendarDateSchema.nullable(),
      actualStart: calendarDateSchema.nullable(),
      actualEnd: calendarDateSchema.nullable(),
    }),
  ),
  /** Every strategy version, oldest first: there are few, and each is a turning point worth seeing. */
  versions: z.array(z.object({ id: z.string(), createdAt: timestampSchema, note: z.string() })),
});
export type TimelineSummary = z.infer<typeof timelineSummarySchema>;
export type TimelineSummaryInput = z.output<typeof timelineSummaryInputSchema>;
