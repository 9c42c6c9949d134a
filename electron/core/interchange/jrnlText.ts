// jrnl's own plain-text journal file ("[2024-03-01 09:00] Title. Body…") read into the entries its JSON export holds.

/** One entry as jrnl's JSON export writes it (date, 24-hour time, first sentence as the title, the rest as the body). */
export interface JrnlTextEntry {
  date: string;
  time: string;
  title: string;
  body: string;
  tags: string[];
  starred: boolean;
}

/** An entry's first line: the date and time in brackets (jrnl's default formats, 12- or 24-hour), then the text. */
const header = /^\[(\d{4}-\d{2}-\d{2})[ T](\d{1,2}):(\d{2})(?::\d{2})?(?: ?([AaPp][Mm]))?\] ?(.*)$/;
/** jrnl's default tag symbol is "@"; many people set "#". */
const tagPattern = /(?:^|[\s(,;])[@#]([\p{L}\p{N}_-]*\p{L}[\p{L}\p{N}_-]*)/gu;

function twentyFourHour(hours: number, meridiem: string | undefined): number {
  if (meridiem === undefined) return hours;
  const pm = meridiem.toLowerCase() === 'pm';
  return (hours % 12) + (pm ? 12 : 0);
}

/** jrnl makes the first sentence of the first line the title. */
function splitTitle(firstLine: string): { title: string; rest: string } {
  const end = /[.?!](?=\s|$)/.exec(firstLine);
  if (!end) return { title: firstLine.trim(), rest: '' };
  return { title: firstLine.slice(0, end.index + 1).trim(), rest: firstLine.slice(end.index + 1).trim() };
}

/** The entries of a plain-text jrnl journal, or null when the text holds no jrnl entry line at all. */
export function parseJrnlText(text: string): JrnlTextEntry[] | null {
  const entries: JrnlTextEntry[] = [];
  let current: { date: string; time: string; firstLine: string; lines: string[] } | null = null;
  const finish = () => {
    if (!current) return;
    const starred = current.firstLine.startsWith('*');
    const { title, rest } = splitTitle(starred ? current.firstLine.slice(1).trimStart() : current.firstLine);
    const body = [rest, ...current.lines].join('\n').trim();
    const tags = [...new Set([...`${title}\n${body}`.matchAll(tagPattern)].map((match) => match[1]!))];
    entries.push({ date: current.date, time: current.time, title, body, tags, starred });
  };
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    const match = header.exec(line);
    const hours = match ? twentyFourHour(Number(match[2]), match[4]) : Number.NaN;
    if (match && hours < 24) {
      finish();
      current = { date: match[1]!, time: `${String(hours).padStart(2, '0')}:${match[3]}`, firstLine: match[5]!.trim(), lines: [] };
    } else if (current) {
      current.lines.push(line);
    }
  }
  finish();
  return entries.length > 0 ? entries : null;
}
