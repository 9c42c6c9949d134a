// jrnl's JSON export, or its plain-text journal file, to an ImportBatch; jrnl keeps wall-clock times without a zone,
// read here as this computer's.
import { z } from 'zod';
import { type ImportBatch, type ImportProblem } from '../../../shared/domain/interchange/importBatch';
import { validationError } from '../../../shared/domain/interchange/validationMessage';
import { MAX_TITLE_LENGTH } from '../../../shared/domain/reflection';
import { AppError } from '../../../shared/errors';
import { decodeUtf8 } from './decodeText';
import { finishBatch, type LocatedEntry } from './finishBatch';
import { type ImportOptions, resolveImportOptions } from './importOptions';
import { assertWithinTotalBytes } from './inputSize';
import { parseJrnlText } from './jrnlText';
import { parseJsonText } from './parseJsonText';

const jrnlEntrySchema = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a date as YYYY-MM-DD'),
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Expected a time as HH:MM'),
  title: z.string(),
  body: z.string(),
  tags: z.array(z.string()).optional(),
  starred: z.boolean().optional(),
});

const jrnlExportSchema = z.object({ entries: z.array(jrnlEntrySchema) });
type JrnlEntry = z.infer<typeof jrnlEntrySchema>;

/** jrnl's default tag symbols are "#" and "@"; Cairn stores the bare word. */
function bareTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((tag) => tag.trim().replace(/^[@#]+/, '')).filter((tag) => tag.length > 0))];
}

function localTimestamp(entry: JrnlEntry): string {
  const [year, month, day] = entry.date.split('-').map(Number) as [number, number, number];
  const [hours, minutes] = entry.time.split(':').map(Number) as [number, number];
  const instant = new Date(year, month - 1, day, hours, minutes);
  instant.setFullYear(year);
  return instant.toISOString();
}

/** jrnl makes the first sentence the title; one too long for a Cairn title stays at the top of the body instead. */
function titleAndBody(entry: JrnlEntry): { title: string; body: string } {
  const title = entry.title.trim();
  const body = entry.body.replace(/\r\n?/g, '\n').trim();
  if (title.length <= MAX_TITLE_LENGTH) return { title, body };
  return { title: '', body: body.length > 0 ? `${title}\n\n${body}` : title };
}

/** JSON when the file is JSON; otherwise jrnl's plain-text journal, or a message saying how to export one. */
function readJrnl(text: string, what: string): z.infer<typeof jrnlExportSchema> {
  if (!text.trimStart().startsWith('{')) {
    const entries = parseJrnlText(text);
    if (entries) return { entries };
    throw new AppError(
      'VALIDATION',
      `${what} is neither a jrnl JSON export nor a jrnl journal file (whose entries begin with "[YYYY-MM-DD HH:MM]"). In a terminal, run \`jrnl --export json > journal.json\` and import journal.json. Nothing was imported.`,
    );
  }
  const parsed = jrnlExportSchema.safeParse(parseJsonText(text, what));
  if (!parsed.success) throw validationError(`${what} (a jrnl export)`, parsed.error);
  return parsed.data;
}

export function importJrnl(bytes: Uint8Array, fileName: string, options?: ImportOptions): ImportBatch {
  const resolved = resolveImportOptions(options);
  const what = `"${fileName}"`;
  assertWithinTotalBytes(bytes.length, resolved.limits.maxTotalBytes, what);
  const text = decodeUtf8(bytes, what);
  const parsed = readJrnl(text, what);
  const located: LocatedEntry[] = [];
  const problems: ImportProblem[] = [];
  parsed.entries.forEach((entry, index) => {
    const where = `${fileName}, entry ${index + 1} (${entry.date})`;
    const { title, body } = titleAndBody(entry);
    if (title.length === 0 && body.length === 0) {
      problems.push({ where, message: 'Skipped: it has no text.' });
      return;
    }
    located.push({
      where,
      entry: {
        entryDate: entry.date,
        createdAt: localTimestamp(entry),
        title,
        body,
        tags: bareTags(entry.tags ?? []),
        ...(entry.starred !== undefined && { starred: entry.starred }),
      },
    });
  });
  return finishBatch('jrnl', located, problems, what, resolved);
}
