// The one contract: every operation the renderer may ask of the core, with its input and output schemas.
import { z } from 'zod';
import {
  reflectionDraftSchema,
  reflectionIdSchema,
  reflectionListInputSchema,
  reflectionPageSchema,
  reflectionPatchSchema,
  reflectionSchema,
} from './domain/reflection';

const noInput = z.strictObject({}).default({});

export const appInfoSchema = z.object({
  appVersion: z.string(),
  schemaVersion: z.number().int(),
  dataDir: z.string(),
  databasePath: z.string(),
  host: z.enum(['electron', 'browser']),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

export const contract = {
  'app.info': { input: noInput, output: appInfoSchema },
  'reflections.list': { input: reflectionListInputSchema, output: reflectionPageSchema },
  'reflections.get': {
    input: z.strictObject({ id: reflectionIdSchema }),
    output: reflectionSchema,
  },
  'reflections.create': { input: reflectionDraftSchema, output: reflectionSchema },
  'reflections.update': { input: reflectionPatchSchema, output: reflectionSchema },
  'reflections.delete': {
    input: z.strictObject({ id: reflectionIdSchema }),
    output: z.object({ deleted: z.literal(true) }),
  },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

export type Contract = typeof contract;
export type OperationName = keyof Contract;
/** What a caller passes: defaults may be omitted. */
export type OperationInput<K extends OperationName> = z.input<Contract[K]['input']>;
/** What a handler receives: defaults applied, already validated. */
export type ParsedInput<K extends OperationName> = z.output<Contract[K]['input']>;
export type OperationOutput<K extends OperationName> = z.output<Contract[K]['output']>;

export const operationNames = Object.keys(contract) as OperationName[];

export function isOperationName(value: unknown): value is OperationName {
  return typeof value === 'string' && Object.hasOwn(contract, value);
}

/** Events the shell pushes to the renderer (menu commands and the like). */
export const menuCommands = ['new-reflection', 'go-journal', 'go-settings'] as const;
export const eventContract = {
  'menu:command': z.object({ command: z.enum(menuCommands) }),
} as const;
export type EventName = keyof typeof eventContract;
export type EventPayload<K extends EventName> = z.infer<(typeof eventContract)[K]>;
export const eventNames = Object.keys(eventContract) as EventName[];

/** The single IPC channel operations travel on; the operation name is its first argument. */
export const INVOKE_CHANNEL = 'cairn:invoke';
