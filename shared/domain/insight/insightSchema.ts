// Insight across the process boundary: what the view asks for (a period size and a range) and the figures it gets back.
import { z } from 'zod';
import { calendarDateSchema } from '../dates';

/** The period sizes Insight groups the journal by; weeks are ISO weeks (Monday to Sunday), as on the timeline. */
export const insightPeriods = ['week', 'month', 'quarter'] as const;
export type InsightPeriod = (typeof insightPeriods)[number];

export const insightInputSchema = z
  .strictObject({
    period: z.enum(insightPeriods),
    /** First calendar date to include; omitted means from the first reflection. */
    from: calendarDateSchema.optional(),
    /** Last calendar date to include; omitted means up to the last reflection. */
    to: calendarDateSchema.optional(),
  })
  .refine((range) => !range.from || !range.to || range.from <= range.to, { message: 'The time range ends before it starts' });
export type InsightInput = z.output<typeof insightInputSchema>;

/**
 * The output crosses the boundary with up to one row per reflection in the range; its dates and ids come from columns
 * the schema already checks, so it confirms the shape rather than re-validating each of ten thousand rows.
 */
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const rating = z.number().int().min(1).max(5).nullable();
/** Indexes into `entries`: every figure names the reflections it counts, so the view can list exactly those. */
const entryIndexes = z.array(z.number().int().min(0));

const ratingMeanSchema = z.object({ rated: z.number().int().min(0), mean: z.number().min(1).max(5).nullable() });
/** A factor's figures only: the reflections behind one are listed through its sentence, which is all the view offers. */
const comparisonSchema = z.object({
  with: ratingMeanSchema,
  rest: ratingMeanSchema,
  claim: z.enum(['gives', 'drains']).nullable(),
});

export const factorKinds = ['value', 'tag', 'experiment', 'person'] as const;
export type FactorKind = (typeof factorKinds)[number];
export const measures = ['energy', 'engagement'] as const;
export type Measure = (typeof measures)[number];

export const insightSummarySchema = z.object({
  period: z.enum(insightPeriods),
  /** The range the figures cover, null when the journal holds no reflection in it. */
  from: day.nullable(),
  to: day.nullable(),
  /** The reflections in the range, oldest first; `lead` is the start of the text of an untitled one. */
  entries: z.array(
    z.object({ id: z.string(), date: day, title: z.string(), lead: z.string(), energy: rating, engagement: rating }),
  ),
  periods: z.array(
    z.object({
      firstDay: day,
      lastDay: day,
      energy: ratingMeanSchema,
      engagement: ratingMeanSchema,
      entries: entryIndexes,
    }),
  ),
  factors: z.array(
    z.object({
      kind: z.enum(factorKinds),
      id: z.string(),
      label: z.string(),
      energy: comparisonSchema,
      engagement: comparisonSchema,
    }),
  ),
  sentences: z.array(
    z.object({
      text: z.string(),
      kind: z.enum(factorKinds),
      id: z.string(),
      measure: z.enum(measures),
      claim: z.enum(['gives', 'drains']),
      entries: entryIndexes,
    }),
  ),
  valuesLived: z.array(
    z.object({
      valueId: z.string(),
      label: z.string(),
      colour: z.string(),
      entries: entryIndexes,
      /** Experiments testing the value that ran during the range. */
      experiments: z.array(z.object({ id: z.string(), title: z.string() })),
      /** How many of the range's periods held a reflection expressing the value or an experiment testing it. */
      periodsLived: z.number().int().min(0),
      text: z.string(),
    }),
  ),
  /** Experiments that ran in the range and were rated, highest energy first: what the small tries felt like. */
  experimentsRated: z.array(z.object({ id: z.string(), title: z.string(), energy: rating, engagement: rating })),
});
export type InsightSummary = z.infer<typeof insightSummarySchema>;
export type RatingMean = z.infer<typeof ratingMeanSchema>;
export type Comparison = z.infer<typeof comparisonSchema>;
export type InsightFactor = InsightSummary['factors'][number];
export type InsightSentence = InsightSummary['sentences'][number];
export type ValueLived = InsightSummary['valuesLived'][number];
export type InsightPeriodFigures = InsightSummary['periods'][number];
