// Writing prompts: built-in ones (which can be hidden) and the person's own, grouped by theme.
import { z } from 'zod';
import { lineTextSchema, multiLineTextSchema } from './text';

export const promptSchema = z.object({
  id: z.string(),
  group: z.string(),
  text: z.string(),
  builtIn: z.boolean(),
  hidden: z.boolean(),
});
export type Prompt = z.infer<typeof promptSchema>;

const groupSchema = lineTextSchema(80).trim().min(1, 'A prompt needs a group');
const textSchema = multiLineTextSchema(2000).trim().min(1, 'A prompt needs some text');

export const promptDraftSchema = z.strictObject({ group: groupSchema, text: textSchema });
export const promptPatchSchema = z.strictObject({
  id: z.string().min(1).max(80),
  group: groupSchema.optional(),
  text: textSchema.optional(),
  hidden: z.boolean().optional(),
});
export type PromptPatch = z.output<typeof promptPatchSchema>;
export const promptListInputSchema = z.strictObject({ includeHidden: z.boolean().default(false) });
