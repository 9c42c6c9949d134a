// An experiment: a small, bounded test of a career idea, with the people and places it involves.
import { z } from 'zod';
import { lineTextSchema, multiLineTextSchema } from './text';
import { calendarDateSchema, timestampSchema } from './dates';
import { pageInputShape, pageOf, ratingSchema } from './paging';

export const experimentKinds = [
  'networking',
  'informational_conversation',
  'side_project',
  'course',
  'shadowing',
  'other',
] as const;
export const experimentStatuses = ['idea', 'planned', 'running', 'concluded', 'dropped'] as const;
export const placeModes = ['online', 'in_person'] as const;

export const experimentIdSchema = z.uuid();
const text = multiLineTextSchema;
const optionalDate = calendarDateSchema.nullable();

export const personSchema = z.object({
  id: z.uuid(),
  experimentId: experimentIdSchema,
  name: z.string(),
  where: z.string(),
  notes: z.string(),
  learned: z.string(),
  canGive: z.string(),
  followUpDate: optionalDate,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type Person = z.infer<typeof personSchema>;

export const placeSchema = z.object({
  id: z.uuid(),
  experimentId: experimentIdSchema,
  name: z.string(),
  mode: z.enum(placeModes),
  where: z.string(),
  notes: z.string(),
  followUpDate: optionalDate,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type Place = z.infer<typeof placeSchema>;

export const experimentSchema = z.object({
  id: experimentIdSchema,
  title: z.string(),
  kind: z.enum(experimentKinds),
  hypothesis: z.string(),
  successCriteria: z.string(),
  stopCriteria: z.string(),
  plannedStart: optionalDate,
  plannedEnd: optionalDate,
  actualStart: optionalDate,
  actualEnd: optionalDate,
  status: z.enum(experimentStatuses),
  dropReason: z.string(),
  outcome: z.string(),
  learning: z.string(),
  energy: ratingSchema.nullable(),
  engagement: ratingSchema.nullable(),
  valueIds: z.array(z.string()),
  people: z.array(personSchema),
  places: z.array(placeSchema),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type Experiment = z.infer<typeof experimentSchema>;

const editableShape = {
  kind: z.enum(experimentKinds),
  hypothesis: text(20_000),
  successCriteria: text(20_000),
  stopCriteria: text(20_000),
  plannedStart: optionalDate,
  plannedEnd: optionalDate,
  actualStart: optionalDate,
  actualEnd: optionalDate,
  status: z.enum(experimentStatuses),
  dropReason: text(20_000),
  outcome: text(20_000),
  learning: text(20_000),
  energy: ratingSchema.nullable(),
  engagement: ratingSchema.nullable(),
  valueIds: z.array(z.uuid()).max(100),
};
const titleSchema = lineTextSchema(300).trim().min(1, 'An experiment needs a title');

export const experimentDraftSchema = z.strictObject({
  title: titleSchema,
  ...z.object(editableShape).partial().shape,
});
export type ExperimentDraft = z.output<typeof experimentDraftSchema>;

export const experimentPatchSchema = z.strictObject({
  id: experimentIdSchema,
  title: titleSchema.optional(),
  ...z.object(editableShape).partial().shape,
});
export type ExperimentPatch = z.output<typeof experimentPatchSchema>;

/** What concluding asks for: judged against the criteria, with what it changes in the strategy. */
export const experimentConclusionSchema = z.strictObject({
  id: experimentIdSchema,
  outcome: editableShape.outcome,
  learning: editableShape.learning,
  actualEnd: editableShape.actualEnd,
  energy: editableShape.energy,
  engagement: editableShape.engagement,
});
export type ExperimentConclusion = z.output<typeof experimentConclusionSchema>;

export const experimentListInputSchema = z.strictObject({
  ...pageInputShape,
  status: z.array(z.enum(experimentStatuses)).max(5).optional(),
  valueId: z.uuid().optional(),
});
export type ExperimentListInput = z.output<typeof experimentListInputSchema>;
export const experimentPageSchema = pageOf(experimentSchema);

const personFields = {
  name: lineTextSchema(200).trim().min(1, 'A person needs a name'),
  where: text(500),
  notes: text(20_000),
  learned: text(20_000),
  canGive: text(20_000),
  followUpDate: optionalDate,
};
export const personDraftSchema = z.strictObject({
  experimentId: experimentIdSchema,
  name: personFields.name,
  ...z.object(personFields).omit({ name: true }).partial().shape,
});
export type PersonDraft = z.output<typeof personDraftSchema>;
export const personPatchSchema = z.strictObject({ id: z.uuid(), ...z.object(personFields).partial().shape });
export type PersonPatch = z.output<typeof personPatchSchema>;

const placeFields = {
  name: lineTextSchema(200).trim().min(1, 'A place needs a name'),
  mode: z.enum(placeModes),
  where: text(500),
  notes: text(20_000),
  followUpDate: optionalDate,
};
export const placeDraftSchema = z.strictObject({
  experimentId: experimentIdSchema,
  name: placeFields.name,
  ...z.object(placeFields).omit({ name: true }).partial().shape,
});
export type PlaceDraft = z.output<typeof placeDraftSchema>;
export const placePatchSchema = z.strictObject({ id: z.uuid(), ...z.object(placeFields).partial().shape });
export type PlacePatch = z.output<typeof placePatchSchema>;
