// Refuses an input larger than the import bound before any decoding or parsing starts.
import { describeBytes } from '../../../shared/domain/interchange/importLimits';
import { AppError } from '../../../shared/errors';

export function assertWithinTotalBytes(byteLength: number, maxTotalBytes: number, what: string): void {
  if (byteLength > maxTotalBytes) {
    throw new AppError(
      'VALIDATION',
      `${what} is ${describeBytes(byteLength)}, more than the ${describeBytes(maxTotalBytes)} an import may read, so nothing was imported.`,
    );
  }
}
