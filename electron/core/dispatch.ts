// The boundary both shells share: validate an untrusted request, run its handler, return an envelope.
import type { z } from 'zod';
import { contract, isOperationName } from '../../shared/contract';
import { payloadShapeProblem } from '../../shared/domain/payloadShape';
import { AppError, type Envelope } from '../../shared/errors';
import type { Handlers } from './handlers';
import { translateStorageError } from './storageErrors';

export type Dispatch = (operation: unknown, payload: unknown) => Promise<Envelope<unknown>>;

export function createDispatch(handlers: Handlers, onUnexpected: (error: unknown) => void = () => {}): Dispatch {
  return async (operation, payload) => {
    if (!isOperationName(operation)) {
      return fail(new AppError('UNKNOWN_OPERATION', `Unknown operation: ${String(operation).slice(0, 80)}`));
    }
    const shapeProblem = payloadShapeProblem(payload);
    if (shapeProblem !== null) return fail(new AppError('VALIDATION', `Invalid request (${shapeProblem})`));
    const schema = contract[operation];
    const parsed = schema.input.safeParse(payload);
    if (!parsed.success) {
      return fail(new AppError('VALIDATION', describeIssues(parsed.error)));
    }
    try {
      const handler = handlers[operation] as (input: unknown) => unknown;
      const value: unknown = await handler(parsed.data);
      return { ok: true, value: schema.output.parse(value) };
    } catch (error) {
      const appError = toAppError(error);
      if (appError.code === 'INTERNAL') onUnexpected(error);
      return fail(appError);
    }
  };
}

function fail(error: AppError): Envelope<never> {
  return { ok: false, error: error.toShape() };
}

function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  return translateStorageError(error);
}

function describeIssues(error: z.ZodError): string {
  const issues = error.issues.slice(0, 5).map((issue) => {
    const where = issue.path.length > 0 ? issue.path.join('.') : 'request';
    return `${where}: ${issue.message}`;
  });
  return `Invalid request (${issues.join('; ')})`;
}
