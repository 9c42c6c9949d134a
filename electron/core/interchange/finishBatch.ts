// The checks every importer ends with: one oversized or out-of-range entry refuses the whole batch.
import { entryDateRangeProblem } from '../../../shared/domain/interchange/entryDateRange';
import {
  type ImportBatch,
  importBatchSchema,
  type ImportEntry,
  type ImportLeftOut,
  type ImportProblem,
  type ImportSource,
} from '../../../shared/domain/interchange/importBatch';
import { describeBytes } from '../../../shared/domain/interchange/importLimits';
import { validationError } from '../../../shared/domain/interchange/validationMessage';
import { isCalendarDate } from '../../../shared/domain/dates';
import { loneSurrogateIndex } from '../../../shared/domain/text';
import { AppError } from '../../../shared/errors';
import { type ResolvedImportOptions } from './importOptions';

export interface LocatedEntry {
  /** Where the entry came from, in words a person can find it by ("Journal.json, entry 12"). */
  where: string;
  entry: ImportEntry;
}

function refuseEntry(where: string, reason: string): never {
  throw new AppError('VALIDATION', `${where}: ${reason}, so nothing was imported.`);
}

export function refuseOversizedEntry(where: string, chars: number, maxEntryChars: number): never {
  refuseEntry(where, `the entry holds ${describeBytes(chars)} of text, more than the ${describeBytes(maxEntryChars)} one entry may hold`);
}

/**
 * The first of the entry's texts holding half of a surrogate pair, by the name a person knows it by. JSON is checked
 * as it is parsed; this catches the escapes YAML and other formats decode (`title: "\ud800"`) before anything is stored.
 */
function brokenField(entry: ImportEntry): string | null {
  const texts: [string, readonly string[]][] = [
    ['title', [entry.title]],
    ['text', [entry.body]],
    ['tags', entry.tags],
    ['values', entry.values ?? []],
    ['experiments', entry.experiments ?? []],
    ['prompt', entry.prompt === undefined ? [] : [entry.prompt]],
  ];
  return texts.find(([, values]) => values.some((text) => loneSurrogateIndex(text) !== -1))?.[0] ?? null;
}

export function finishBatch(
  source: ImportSource,
  located: readonly LocatedEntry[],
  problems: readonly ImportProblem[],
  what: string,
  { now, limits }: ResolvedImportOptions,
  leftOut: readonly ImportLeftOut[] = [],
): ImportBatch {
  for (const { where, entry } of located) {
    const chars = entry.title.length + entry.body.length;
    if (chars > limits.maxEntryChars) refuseOversizedEntry(where, chars, limits.maxEntryChars);
    const broken = brokenField(entry);
    if (broken !== null) {
      refuseEntry(where, `its ${broken} holds a broken character (half of an emoji or symbol, such as \\ud800), which no journal can store; fix or remove it`);
    }
    if (!isCalendarDate(entry.entryDate)) refuseEntry(where, `its date ${JSON.stringify(entry.entryDate)} is not a real calendar date`);
    const outOfRange = entryDateRangeProblem(entry.entryDate, now);
    if (outOfRange !== null) refuseEntry(where, outOfRange);
  }
  const result = importBatchSchema.safeParse({ source, entries: located.map(({ entry }) => entry), problems, ...(leftOut.length > 0 && { leftOut }) });
  if (!result.success) throw validationError(what, result.error);
  return result.data;
}
