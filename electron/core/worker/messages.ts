// What the shell and the core's worker thread send each other: numbered requests, their envelopes, and the core's events.
import { z } from 'zod';
import { appInfoSchema } from '../../../shared/contract';
import { appErrorSchema, envelopeSchema } from '../../../shared/errors';
import { eventContract, type EventName } from '../../../shared/events';

/** How the shell starts the worker (its workerData). */
export const coreWorkerOptionsSchema = z.object({
  dataDir: z.string().min(1),
  appVersion: z.string(),
  host: appInfoSchema.shape.host,
});
export type CoreWorkerOptions = z.infer<typeof coreWorkerOptionsSchema>;

/**
 * How the core's worker starts a second thread of the same script for the journal's full integrity check: the file
 * and its passphrase travel in memory (workerData), never on a command line.
 */
export const integrityWorkerDataSchema = z.object({
  role: z.literal('integrity-check'),
  file: z.string().min(1),
  passphrase: z.string().nullable(),
});
export type IntegrityWorkerData = z.infer<typeof integrityWorkerDataSchema>;

/** The integrity thread's one answer: a verdict on the file, or why the check could not run. */
export const integrityAnswerSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('verdict'), result: z.union([z.object({ ok: z.literal(true) }), z.object({ ok: z.literal(false), problem: z.string() })]) }),
  z.object({ type: z.literal('unchecked'), message: z.string() }),
]);
export type IntegrityAnswer = z.infer<typeof integrityAnswerSchema>;

/** To the worker. The payload is checked by dispatch, like any other untrusted request. */
export const toWorkerSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('request'), id: z.number().int().nonnegative(), operation: z.unknown(), payload: z.unknown() }),
  /** Finish the writes under way, checkpoint, close the journal and release the folder. */
  z.object({ type: z.literal('close') }),
]);
export type ToWorker = z.infer<typeof toWorkerSchema>;

const workerEventNames = Object.keys(eventContract) as [EventName, ...EventName[]];

/** From the worker. */
export const fromWorkerSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }),
  /** The journal could not be opened at all (another process holds the folder, a file Cairn cannot read). */
  z.object({ type: z.literal('failed'), error: appErrorSchema }),
  z.object({ type: z.literal('reply'), id: z.number().int().nonnegative(), envelope: envelopeSchema }),
  z.object({ type: z.literal('event'), name: z.enum(workerEventNames), payload: z.unknown() }),
  z.object({ type: z.literal('closed') }),
]);
export type FromWorker = z.infer<typeof fromWorkerSchema>;
