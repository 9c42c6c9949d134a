// Turns a zod failure into one short AppError a person can act on, naming the file and the first few faults.
// Paths read as they do in the file: entries[12].text.
import { type z } from 'zod';
import { AppError } from '../../errors';

const MAX_LISTED_ISSUES = 5;

export function describePath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'the top level';
  return path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('').replace(/^\./, '');
}

export function validationError(what: string, error: z.ZodError): AppError {
  const listed = error.issues.slice(0, MAX_LISTED_ISSUES).map((issue) => `${describePath(issue.path)}: ${issue.message}`);
  const more = error.issues.length > MAX_LISTED_ISSUES ? ` (and ${error.issues.length - MAX_LISTED_ISSUES} more)` : '';
  return new AppError('VALIDATION', `${what} is not in the expected shape, so nothing was imported. ${listed.join('; ')}${more}.`);
}
