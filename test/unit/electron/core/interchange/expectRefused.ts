// Test helper: asserts an import is refused with a VALIDATION AppError whose message mentions what went wrong.
import { expect } from 'vitest';
import { AppError } from '../../../../../shared/errors';

export function expectRefused(run: () => unknown, ...messageParts: (string | RegExp)[]): AppError {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(AppError);
  const error = caught as AppError;
  expect(error.code).toBe('VALIDATION');
  for (const part of messageParts) expect(error.message).toMatch(part);
  return error;
}

export async function expectRefusedAsync(run: () => Promise<unknown>, ...messageParts: (string | RegExp)[]): Promise<AppError> {
  const caught: unknown = await run().then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(caught).toBeInstanceOf(AppError);
  const error = caught as AppError;
  expect(error.code).toBe('VALIDATION');
  for (const part of messageParts) expect(error.message).toMatch(part);
  return error;
}
