// The one error shape every operation returns on failure, and the codes it may carry.
import { z } from 'zod';

export const errorCodes = [
  'VALIDATION',
  'UNKNOWN_OPERATION',
  'NOT_FOUND',
  'CONFLICT',
  'DB_FROM_FUTURE',
  'DB_LOCKED',
  'DB_CORRUPT',
  'JOURNAL_LOCKED',
  'WRONG_PASSPHRASE',
  'STORAGE_FULL',
  'FORBIDDEN',
  /** The person cancelled a long operation before it changed anything. */
  'CANCELLED',
  'INTERNAL',
] as const;

export const errorCodeSchema = z.enum(errorCodes);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

export const appErrorSchema = z.object({
  code: errorCodeSchema,
  message: z.string(),
});
export type AppErrorShape = z.infer<typeof appErrorSchema>;

/** Thrown inside the core; turned into `{ ok: false, error }` at the shell boundary. */
export class AppError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'AppError';
    this.code = code;
  }

  toShape(): AppErrorShape {
    return { code: this.code, message: this.message };
  }
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };

export const envelopeSchema = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: appErrorSchema }),
]);
