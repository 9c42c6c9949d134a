// What every importer may be told: the clock (so "in the future" is testable) and tighter or looser limits.
import { type ImportLimits, resolveImportLimits } from '../../../shared/domain/interchange/importLimits';

export interface ImportOptions {
  now?: Date;
  limits?: Partial<ImportLimits>;
}

export interface ResolvedImportOptions {
  now: Date;
  limits: ImportLimits;
}

export function resolveImportOptions(options: ImportOptions = {}): ResolvedImportOptions {
  return { now: options.now ?? new Date(), limits: resolveImportLimits(options.limits) };
}
