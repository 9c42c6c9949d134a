// Day One JSON export (the .zip or a journal .json) to an ImportBatch: entry dates in each entry's own time zone.
import { z } from 'zod';
import { timestampSchema } from '../../../shared/domain/dates';
import { removeDayOneMoments, splitHeadingTitle, unescapeDayOneMarkdown } from '../../../shared/domain/interchange/dayOneText';
import { type ImportBatch, type ImportProblem } from '../../../shared/domain/interchange/importBatch';
import { type ImportLimits } from '../../../shared/domain/interchange/importLimits';
import { validationError } from '../../../shared/domain/interchange/validationMessage';
import { calendarDateInZone, isKnownTimeZone } from '../../../shared/domain/interchange/zonedDate';
import { MAX_TITLE_LENGTH } from '../../../shared/domain/reflection';
import { AppError } from '../../../shared/errors';
import { decodeUtf8 } from './decodeText';
import { finishBatch, type LocatedEntry, refuseOversizedEntry } from './finishBatch';
import { type ImportOptions, resolveImportOptions } from './importOptions';
import { assertWithinTotalBytes } from './inputSize';
import { parseJsonText } from './parseJsonText';
import { isZipArchive, unzipWanted } from './safeUnzip';

const dayOneEntrySchema = z.object({
  uuid: z.string().min(1).max(200).optional(),
  text: z.string().optional(),
  creationDate: timestampSchema,
  /** Kept when it reads as a time; a malformed one is no reason to refuse the entry. */
  modifiedDate: z.string().optional(),
  timeZone: z.string().optional(),
  tags: z.array(z.string()).optional(),
  starred: z.boolean().optional(),
  // Kept out of Cairn for now, and counted so the report says so.
  photos: z.array(z.unknown()).optional(),
  videos: z.array(z.unknown()).optional(),
  audios: z.array(z.unknown()).optional(),
  pdfAttachments: z.array(z.unknown()).optional(),
  location: z.unknown().optional(),
  weather: z.unknown().optional(),
  music: z.unknown().optional(),
  userActivity: z.unknown().optional(),
});

const dayOneJournalSchema = z.object({ entries: z.array(dayOneEntrySchema) });
type DayOneEntry = z.infer<typeof dayOneEntrySchema>;

/** Media an entry lists, by the words the report uses; an entry counts the larger of its list and its links. */
const mediaLists = { photos: 'photos', videos: 'videos', audios: 'audio recordings', pdfAttachments: 'PDFs' } as const;
/** Metadata an entry may carry, counted once per entry that has it. */
const metadata = { location: 'locations', weather: 'weather readings', music: 'songs playing', userActivity: 'activities (steps, motion)' } as const;

/** Adds what one entry leaves out to the batch's tally. */
function countLeftOut(entry: DayOneEntry, moments: ReadonlyMap<string, number>, tally: Map<string, number>): void {
  const add = (what: string, count: number) => count > 0 && tally.set(what, (tally.get(what) ?? 0) + count);
  const listed = new Set<string>();
  for (const [field, what] of Object.entries(mediaLists)) {
    add(what, Math.max(entry[field as keyof typeof mediaLists]?.length ?? 0, moments.get(what) ?? 0));
    listed.add(what);
  }
  for (const [what, count] of moments) if (!listed.has(what)) add(what, count);
  for (const [field, what] of Object.entries(metadata)) add(what, entry[field as keyof typeof metadata] === undefined ? 0 : 1);
}

function isJournalFile(path: string): boolean {
  return /\.json$/i.test(path) && !path.split('/').some((segment) => segment.startsWith('.') || segment === '__MACOSX');
}

function uniqueTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((tag) => tag.trim()).filter((tag) => tag.length > 0))];
}

function entryDateFor(entry: DayOneEntry, instant: Date, where: string, problems: ImportProblem[]): string {
  if (entry.timeZone !== undefined && isKnownTimeZone(entry.timeZone)) return calendarDateInZone(instant, entry.timeZone);
  if (entry.timeZone !== undefined) {
    problems.push({ where, message: `Unknown time zone ${JSON.stringify(entry.timeZone)}; its date was taken in UTC.` });
  }
  return instant.toISOString().slice(0, 10);
}

function convertJournal(name: string, bytes: Uint8Array, limits: ImportLimits, located: LocatedEntry[], problems: ImportProblem[], leftOut: Map<string, number>): void {
  const document = parseJsonText(decodeUtf8(bytes, `"${name}"`), `"${name}"`);
  const parsed = dayOneJournalSchema.safeParse(document);
  if (!parsed.success) throw validationError(`"${name}" (a Day One journal)`, parsed.error);
  const withoutZone = parsed.data.entries.filter((entry) => entry.timeZone === undefined).length;
  if (withoutZone > 0) {
    const entries = withoutZone === 1 ? '1 entry records' : `${withoutZone} entries record`;
    problems.push({ where: name, message: `${entries} no time zone, so ${withoutZone === 1 ? 'its date was' : 'their dates were'} taken in UTC.` });
  }
  parsed.data.entries.forEach((entry, index) => {
    const where = `${name}, entry ${index + 1}`;
    // Refused before any text processing, so a huge entry costs no more than its parse.
    if ((entry.text?.length ?? 0) > limits.maxEntryChars) refuseOversizedEntry(where, entry.text?.length ?? 0, limits.maxEntryChars);
    const { text: withoutMedia, moments } = removeDayOneMoments((entry.text ?? '').replace(/\r\n?/g, '\n'));
    countLeftOut(entry, moments, leftOut);
    const text = unescapeDayOneMarkdown(withoutMedia);
    if (text.trim().length === 0) {
      problems.push({ where, message: 'Skipped: it has no text (Cairn imports the words of an entry; its photos and files are counted under Left out).' });
      return;
    }
    const instant = new Date(entry.creationDate);
    const modified = entry.modifiedDate === undefined ? null : new Date(entry.modifiedDate);
    const { title, body } = splitHeadingTitle(text, MAX_TITLE_LENGTH);
    located.push({
      where,
      entry: {
        ...(entry.uuid !== undefined && { externalId: entry.uuid }),
        entryDate: entryDateFor(entry, instant, where, problems),
        createdAt: instant.toISOString(),
        ...(modified !== null && !Number.isNaN(modified.getTime()) && { updatedAt: modified.toISOString() }),
        title,
        body,
        tags: uniqueTags(entry.tags ?? []),
        ...(entry.starred !== undefined && { starred: entry.starred }),
        ...(entry.timeZone !== undefined && { timeZone: entry.timeZone }),
      },
    });
  });
}

/** Reads a Day One export: the .zip as Day One writes it (photos are skipped unread), or one journal's JSON. */
export function importDayOne(bytes: Uint8Array, fileName: string, options?: ImportOptions): ImportBatch {
  const resolved = resolveImportOptions(options);
  const what = `"${fileName}"`;
  assertWithinTotalBytes(bytes.length, resolved.limits.maxTotalBytes, what);
  const journals = isZipArchive(bytes) ? unzipWanted(bytes, isJournalFile, what, resolved.limits) : [{ path: fileName, bytes }];
  if (journals.length === 0) {
    throw new AppError('VALIDATION', `${what} holds no Day One journal (.json file), so nothing was imported.`);
  }
  const located: LocatedEntry[] = [];
  const problems: ImportProblem[] = [];
  const leftOut = new Map<string, number>();
  for (const journal of journals) convertJournal(journal.path, journal.bytes, resolved.limits, located, problems, leftOut);
  return finishBatch('day-one', located, problems, what, resolved, [...leftOut].map(([kind, count]) => ({ what: kind, count })));
}
