// The career strategy: one editable draft plus immutable snapshots, each with a note on what changed and why.
import { z } from 'zod';
import { payloadShapeProblem } from './payloadShape';
import { multiLineTextSchema } from './text';
import { timestampSchema } from './dates';
import { valueSchema } from './values';

const MAX_TEXT = 200_000;
/** The Venn diagram's layout, opaque to the store (the strategy view owns its shape), within sane bounds. */
export const layoutSchema = z
  .record(z.string(), z.unknown())
  .refine((layout) => payloadShapeProblem(layout, 16, 100_000) === null, 'The layout is nested too deeply or holds too many values');

export const strategyDraftSchema = z.object({
  aspiration: z.string(),
  strengths: z.string(),
  impact: z.string(),
  layout: layoutSchema,
  updatedAt: timestampSchema.nullable(),
});
export type StrategyDraft = z.infer<typeof strategyDraftSchema>;

export const strategySaveSchema = z.strictObject({
  aspiration: multiLineTextSchema(MAX_TEXT).optional(),
  strengths: multiLineTextSchema(MAX_TEXT).optional(),
  impact: multiLineTextSchema(MAX_TEXT).optional(),
  layout: layoutSchema.optional(),
});
export type StrategySave = z.output<typeof strategySaveSchema>;

export const strategyVersionSchema = z.object({
  id: z.uuid(),
  createdAt: timestampSchema,
  aspiration: z.string(),
  strengths: z.string(),
  impact: z.string(),
  values: z.array(valueSchema),
  layout: layoutSchema,
  changeNote: z.string(),
});
export type StrategyVersion = z.infer<typeof strategyVersionSchema>;

export const strategySnapshotSchema = z.strictObject({
  changeNote: multiLineTextSchema(20_000).trim().min(1, 'Say what changed and why before saving a version'),
});
