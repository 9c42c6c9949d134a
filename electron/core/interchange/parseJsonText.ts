// JSON.parse with an error that names the file and says it is probably cut short or not JSON at all.
import { AppError } from '../../../shared/errors';

export function parseJsonText(text: string, what: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const detail = error instanceof Error ? ` (${error.message})` : '';
    throw new AppError('VALIDATION', `${what} is not complete JSON; it may be truncated or damaged${detail}. Nothing was imported.`);
  }
}
