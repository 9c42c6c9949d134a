// A folder of Markdown notes (e.g. Obsidian daily notes) to an ImportBatch: dates from front matter or file names.
import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';
import { inlineTags } from '../../../shared/domain/interchange/inlineTags';
import {
  type ImportBatch,
  type ImportEntry,
  type ImportProblem,
  MAX_LINKED_NAME_LENGTH,
  MAX_LINKED_PROMPT_LENGTH,
} from '../../../shared/domain/interchange/importBatch';
import { MAX_TITLE_LENGTH } from '../../../shared/domain/reflection';
import { loneSurrogateIndex, shortened } from '../../../shared/domain/text';
import { valueDraftSchema } from '../../../shared/domain/values';
import { AppError } from '../../../shared/errors';
import { decodeUtf8 } from './decodeText';
import { finishBatch, type LocatedEntry } from './finishBatch';
import { type ImportOptions, resolveImportOptions } from './importOptions';
import { assertWithinTotalBytes } from './inputSize';

export interface MarkdownFile {
  /** Path inside the chosen folder, with "/" separators. */
  relativePath: string;
  bytes: Uint8Array;
}

export interface MarkdownImportOptions extends ImportOptions {
  /** Also collect #tags written in the text, not only those in the front matter. */
  inlineTags?: boolean;
}

const markdownExtension = /\.(md|markdown)$/i;
const frontMatterBlock = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;
/** Hugo's TOML front matter, between "+++" lines. */
const tomlFrontMatterBlock = /^\+\+\+[ \t]*\n([\s\S]*?)\n\+\+\+[ \t]*(?:\n|$)/;
const datePrefix = /^(\d{4}-\d{2}-\d{2})/;

type FrontMatter = Record<string, unknown>;
type NoteDate = { entryDate: string; createdAt?: string; updatedAt?: string };

export function isMarkdownPath(path: string): boolean {
  return markdownExtension.test(path) && !path.split('/').some((segment) => segment.startsWith('.'));
}

/**
 * TOML dates are objects; they are read as the text written (smol-toml's TomlDate gives it back from toISOString,
 * offset included), as YAML's are, so the day stays the one the author saw.
 */
function tomlValues(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(tomlValues);
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, tomlValues(item)]));
  return value;
}

function readTomlFrontMatter(text: string, block: RegExpExecArray, where: string, problems: ImportProblem[]): { data: FrontMatter; content: string } {
  const content = text.slice(block[0].length);
  try {
    return { data: tomlValues(parseToml(block[1]!)) as FrontMatter, content };
  } catch {
    problems.push({ where, message: 'Its front matter is not valid TOML, so it was ignored.' });
    return { data: {}, content };
  }
}

function readFrontMatter(text: string, where: string, problems: ImportProblem[]): { data: FrontMatter; content: string } {
  const toml = tomlFrontMatterBlock.exec(text);
  if (toml) return readTomlFrontMatter(text, toml, where, problems);
  const block = frontMatterBlock.exec(text);
  if (!block) return { data: {}, content: text };
  const content = text.slice(block[0].length);
  try {
    const data: unknown = parseYaml(block[1]!, { maxAliasCount: 50 });
    if (typeof data === 'object' && data !== null && !Array.isArray(data)) return { data: data as FrontMatter, content };
    return { data: {}, content };
  } catch {
    problems.push({ where, message: 'Its front matter is not valid YAML, so it was ignored.' });
    return { data: {}, content };
  }
}

/** Front-matter keys for the day and the creation time (Cairn and Jekyll `date`, Obsidian `created` and `published`). */
const DATE_KEYS = ['date', 'created', 'published'] as const;
const UPDATED_KEYS = ['updated', 'modified'] as const;
/** A time with its zone: ISO ("2024-03-01T08:30:00+01:00", "…Z") or Jekyll's "2015-02-02 12:45:05 +01:00". */
const zonedTime = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?) ?(Z|[+-]\d{2}:?\d{2})$/;

function textOf(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

/** The instant a zoned time names, as ISO in UTC; null for a bare day or a time without a zone. */
function zonedInstant(text: string): string | null {
  const match = zonedTime.exec(text);
  if (!match) return null;
  const zone = match[3]!.length === 5 ? `${match[3]!.slice(0, 3)}:${match[3]!.slice(3)}` : match[3]!;
  const instant = new Date(`${match[1]}T${match[2]}${zone}`);
  return Number.isNaN(instant.getTime()) ? null : instant.toISOString();
}

/**
 * A front-matter date as written ("2024-03-01", "2024-03-01T08:30:00+01:00"): YAML 1.2 keeps these as strings, so
 * the day is the one the note's author saw, whatever zone the time carries. The day comes from the first date key;
 * the creation time from the first key that carries a zoned time (Cairn writes `date:` as a day, `created:` as the time).
 */
function frontMatterDate(data: FrontMatter): NoteDate | null {
  const day = DATE_KEYS.map((key) => datePrefix.exec(textOf(data[key]))?.[1]).find((found) => found !== undefined);
  if (day === undefined) return null;
  const createdAt = DATE_KEYS.map((key) => zonedInstant(textOf(data[key]))).find((found) => found !== null);
  const updatedAt = UPDATED_KEYS.map((key) => zonedInstant(textOf(data[key]))).find((found) => found !== null);
  return { entryDate: day, ...(createdAt && { createdAt }), ...(updatedAt && { updatedAt }) };
}

/** A 1–5 rating written in the front matter (Cairn's energy and engagement), or nothing. */
function rating(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5 ? value : undefined;
}

function fileNameDate(path: string): NoteDate | null {
  const day = /(\d{4}-\d{2}-\d{2})/.exec(fileStem(path))?.[1];
  return day === undefined ? null : { entryDate: day };
}

function frontMatterTags(data: FrontMatter): string[] {
  const raw = data.tags ?? data.tag;
  const list = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(',') : [];
  return list.filter((tag): tag is string | number => typeof tag === 'string' || typeof tag === 'number').map(String);
}

/** The names a front-matter list holds (Cairn writes `values:` and `experiments:` as lists; one name may stand alone). */
function frontMatterNames(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return [...new Set(list.map(textOf).filter((name) => name.length > 0 && name.length <= MAX_LINKED_NAME_LENGTH))];
}

/** What links the note names: values and experiments by name, the prompt by its text. A value the journal could not
 * keep as a label (too long, a control character) is reported rather than linked. */
function noteLinks(data: FrontMatter, where: string, problems: ImportProblem[]): Pick<ImportEntry, 'values' | 'experiments' | 'prompt'> {
  const named = frontMatterNames(data.values);
  // Half a surrogate pair stays in, so the whole note is refused naming it (finishBatch), as in every other field.
  const values = named.filter((label) => valueDraftSchema.shape.label.safeParse(label).success || loneSurrogateIndex(label) !== -1);
  for (const label of named.filter((name) => !values.includes(name))) {
    problems.push({ where, message: `Its value "${shortened(label, 60)}" is not a label a value can have (at most 120 characters, one line), so it was not linked.` });
  }
  const experiments = frontMatterNames(data.experiments);
  const prompt = textOf(data.prompt);
  return {
    ...(values.length > 0 && { values }),
    ...(experiments.length > 0 && { experiments }),
    ...(prompt.length > 0 && prompt.length <= MAX_LINKED_PROMPT_LENGTH && { prompt }),
  };
}

function fileStem(path: string): string {
  return (path.split('/').pop() ?? path).replace(markdownExtension, '');
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Title from front matter (a leading "# heading" repeating it is taken out of the body, as Cairn's export writes
 * both), else a leading heading (taken out), else the file name unless it is only a date or the note is Cairn's own
 * export (its file names are made from the date, title and id, so an untitled one has no title to take).
 */
function titleAndBody(data: FrontMatter, content: string, path: string): { title: string; body: string } {
  const body = content.trim();
  const heading = /^#[ \t]+([^\n]*?)[ \t#]*(?:\n|$)/.exec(body);
  const headingTitle = heading?.[1]?.trim() ?? '';
  const withoutHeading = heading ? body.slice(heading[0].length).trim() : body;
  const declared = textOf(data.title);
  if (declared.length > 0 && declared.length <= MAX_TITLE_LENGTH) {
    return { title: declared, body: heading && headingTitle === declared ? withoutHeading : body };
  }
  if (heading && headingTitle.length > 0 && headingTitle.length <= MAX_TITLE_LENGTH) return { title: headingTitle, body: withoutHeading };
  const stem = fileStem(path).trim();
  const cairnNote = uuidPattern.test(textOf(data.id));
  return { title: cairnNote || /^\d{4}-\d{2}-\d{2}$/.test(stem) || stem.length > MAX_TITLE_LENGTH ? '' : stem, body };
}

function cleanTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((tag) => tag.trim().replace(/^#+/, '')).filter((tag) => tag.length > 0))];
}

export function importMarkdownFiles(files: readonly MarkdownFile[], options: MarkdownImportOptions = {}): ImportBatch {
  const resolved = resolveImportOptions(options);
  const what = 'The chosen folder';
  if (files.length > resolved.limits.maxFiles) {
    throw new AppError('VALIDATION', `${what} holds more than ${resolved.limits.maxFiles} files, so nothing was imported.`);
  }
  assertWithinTotalBytes(files.reduce((sum, file) => sum + file.bytes.length, 0), resolved.limits.maxTotalBytes, what);
  const located: LocatedEntry[] = [];
  const problems: ImportProblem[] = [];
  for (const file of files) {
    const path = file.relativePath.replace(/\\/g, '/');
    if (!isMarkdownPath(path)) continue;
    const text = decodeUtf8(file.bytes, `"${path}"`).replace(/\r\n?/g, '\n');
    const { data, content } = readFrontMatter(text, path, problems);
    const dated = frontMatterDate(data) ?? fileNameDate(path);
    if (dated === null) {
      problems.push({ where: path, message: 'Skipped: no date in its front matter (date: or created:) or its file name.' });
      continue;
    }
    const { title, body } = titleAndBody(data, content, path);
    const tags = cleanTags([...frontMatterTags(data), ...(options.inlineTags ? inlineTags(body) : [])]);
    located.push({
      where: path,
      entry: {
        ...(path.length <= 200 && { externalId: path }),
        entryDate: dated.entryDate,
        // Without a recorded time, midday UTC keeps the instant on the entry's own day in almost every zone.
        createdAt: dated.createdAt ?? `${dated.entryDate}T12:00:00.000Z`,
        ...(dated.updatedAt && { updatedAt: dated.updatedAt }),
        ...(rating(data.energy) !== undefined && { energy: rating(data.energy) }),
        ...(rating(data.engagement) !== undefined && { engagement: rating(data.engagement) }),
        title,
        body,
        tags,
        ...noteLinks(data, path, problems),
        ...(data.starred === true && { starred: true }),
      },
    });
  }
  return finishBatch('markdown', located, problems, what, resolved);
}
