// The boundary both shells share: validate an untrusted request, run its handler, return an envelope, report the change.
import type { z } from 'zod';
import type { CoreChange } from '../../shared/changes';
import { contract, isOperationName, type OperationName } from '../../shared/contract';
import { payloadShapeProblem } from '../../shared/domain/payloadShape';
import { AppError, type Envelope } from '../../shared/errors';
import type { Handlers } from './handlerTable';
import { translateStorageError } from './storageErrors';
import { changeOf, type WriteTable, type Writes } from './writes';

export type Dispatch = (operation: unknown, payload: unknown) => Promise<Envelope<unknown>>;

export interface DispatchOptions {
  /** What each operation writes; a successful write is reported through onChange. */
  writes: WriteTable;
  onChange?: (change: CoreChange) => void;
  onUnexpected?: (error: unknown) => void;
}

export function createDispatch(handlers: Handlers, options: DispatchOptions): Dispatch {
  const onUnexpected = options.onUnexpected ?? (() => {});
  // The write is committed whatever a listener does: its failure must not turn the answer into an error.
  const report = (change: CoreChange) => {
    try {
      options.onChange?.(change);
    } catch (error) {
      onUnexpected(error);
    }
  };
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
      const value: unknown = schema.output.parse(await handler(parsed.data));
      const change = changeOf(options.writes[operation] as Writes<OperationName>, parsed.data as never, value as never);
      if (change) report(change);
      return { ok: true, value };
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
