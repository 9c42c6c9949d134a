// The Markdown a review entry starts with, written from the period's own data: energy, values, tags, experiments,
// follow-ups and strategy versions, then the method's questions. Insight's pure figures do the counting.
import type { Experiment } from '../experiment';
import { followUpsDue } from '../experiments/followUps';
import { localCalendarDate } from '../dates';
import { computeInsight, type ListedEntry } from '../insight/insight';
import type { InsightNames } from '../insight/insightEntry';
import type { InsightPeriod } from '../insight/insightSchema';
import { ratingMean } from '../insight/ratingMean';
import { formatMean, livedIn } from '../insight/sentences';
import type { StrategyVersion } from '../strategy';
import { reviewDay, type ReviewPeriod } from './reviewPeriod';
import { reviewQuestions } from './reviewQuestions';
import { REVIEW_TAG, type ReviewKind } from './reviewSchema';

export interface ReviewData {
  /** The period's reflections in date order, as Insight reads them; earlier reviews among them are left out. */
  readonly entries: readonly ListedEntry[];
  readonly names: InsightNames;
  /** Every experiment: those started or concluded in the period are listed, and follow-ups come from their people. */
  readonly experiments: readonly Experiment[];
  /** Strategy versions in any order; those saved in the period are listed. */
  readonly versions: readonly Pick<StrategyVersion, 'createdAt' | 'changeNote'>[];
}

/** How many reflections of each kind of list a review names before saying how many more there are. */
export const LISTED = 3;

const spans: Record<ReviewKind, string> = { week: 'this week', quarter: 'this quarter', year: 'this year' };
/** Values lived are counted across these smaller periods ("in 5 of 13 weeks"). */
const subPeriods: Record<ReviewKind, InsightPeriod> = { week: 'week', quarter: 'week', year: 'month' };

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export function isReview(entry: Pick<ListedEntry, 'tags'>): boolean {
  return entry.tags.some((tag) => tag.toLowerCase() === REVIEW_TAG);
}

/** A reflection's name in a list: its title, else the first line of its text, else "Untitled reflection". */
export function entryName(entry: Pick<ListedEntry, 'title' | 'lead'>): string {
  const line = entry.lead.split('\n').find((text) => text.trim() !== '') ?? '';
  const name = entry.title.trim() || line.replace(/^#+\s*/, '').trim();
  if (name === '') return 'Untitled reflection';
  return name.length > 80 ? `${name.slice(0, 79)}…` : name;
}

/** Text a person wrote, kept inside the list item it belongs to. */
function indented(text: string): string {
  return text
    .trim()
    .split('\n')
    .map((line) => (line.trim() === '' ? '' : `  ${line}`))
    .join('\n');
}

function more(count: number, what: string): string[] {
  return count > LISTED ? [`- …and ${count - LISTED} more ${what}.`] : [];
}

function ratedLine(entry: ListedEntry, period: ReviewPeriod): string {
  const ratings = [`energy ${entry.energy}`, ...(entry.engagement === null ? [] : [`engagement ${entry.engagement}`])];
  return `- **${entryName(entry)}** — ${reviewDay(entry.date, period)} · ${ratings.join(', ')}`;
}

function energySection(entries: readonly ListedEntry[], period: ReviewPeriod, sentences: readonly string[]): string[] {
  const span = spans[period.kind];
  const rated = entries.filter((entry) => entry.energy !== null);
  const energy = ratingMean(entries.map((entry) => entry.energy));
  const engagement = ratingMean(entries.map((entry) => entry.engagement));
  const lines = ['## Energy', ''];
  if (energy.mean === null) {
    lines.push(`No reflection ${span} was rated for energy.`, '', '### Highest energy', '', 'None rated.', '', '### Lowest energy', '', 'None rated.', '');
  } else {
    const withEngagement = engagement.mean === null ? '' : ` and engagement ${formatMean(engagement.mean)} (${engagement.rated} rated)`;
    lines.push(`Mean energy ${formatMean(energy.mean)} (${energy.rated} rated)${withEngagement}, over ${plural(entries.length, 'reflection', 'reflections')}.`, '');
    const ranked = [...rated].sort((a, b) => (b.engagement ?? 0) - (a.engagement ?? 0) || a.date.localeCompare(b.date));
    const top = Math.max(...rated.map((entry) => entry.energy ?? 0));
    const bottom = Math.min(...rated.map((entry) => entry.energy ?? 0));
    const highest = ranked.filter((entry) => entry.energy === top);
    const lowest = ranked.filter((entry) => entry.energy === bottom).reverse();
    lines.push('### Highest energy', '', ...highest.slice(0, LISTED).map((entry) => ratedLine(entry, period)), ...more(highest.length, `at energy ${top}`), '');
    lines.push('### Lowest energy', '');
    if (top === bottom) lines.push(`Every rated reflection ${span} had the same energy (${top}).`, '');
    else lines.push(...lowest.slice(0, LISTED).map((entry) => ratedLine(entry, period)), ...more(lowest.length, `at energy ${bottom}`), '');
  }
  lines.push('### What went with it', '');
  if (sentences.length === 0) lines.push(`Too few rated reflections ${span} to say what gives energy and what drains it.`, '');
  else lines.push(...sentences.map((sentence) => `- ${sentence}`), '');
  return lines;
}

function valuesSection(data: ReviewData, entries: readonly ListedEntry[], lived: ReturnType<typeof computeInsight>['valuesLived'], period: ReviewPeriod): string[] {
  const span = spans[period.kind];
  const lines = ['## Values', '', '### Lived', ''];
  if (data.names.values.length === 0) return [...lines, 'Your strategy names no values yet.', '', '### Not lived', '', 'Your strategy names no values yet.', ''];
  const isLived = (value: (typeof lived)[number]) => value.entries.length > 0 || value.experiments.length > 0;
  const expressed = lived.filter(isLived);
  if (expressed.length === 0) lines.push(`No value of your strategy was expressed ${span}.`, '');
  for (const value of expressed) {
    const where = livedIn({ reflections: value.entries.length, experiments: value.experiments.length });
    const text = period.kind === 'week' ? `${value.label}: expressed in ${where}.` : value.text;
    const counted = value.entries.flatMap((index) => entries[index] ?? []);
    lines.push(`- ${text}`, ...counted.slice(0, LISTED).map((entry) => `  - ${entryName(entry)}, ${reviewDay(entry.date, period)}`));
    if (counted.length > LISTED) lines.push(`  - …and ${counted.length - LISTED} more.`);
    lines.push(...value.experiments.map((experiment) => `  - Experiment: ${experiment.title}`));
  }
  if (expressed.length > 0) lines.push('');
  const unlived = lived.filter((value) => !isLived(value));
  lines.push('### Not lived', '');
  lines.push(...(unlived.length === 0 ? [`Every value of your strategy was expressed ${span}.`] : unlived.map((value) => `- ${value.label}`)), '');
  return lines;
}

function tagsSection(entries: readonly ListedEntry[], period: ReviewPeriod): string[] {
  const counts = new Map<string, number>();
  for (const entry of entries) for (const tag of new Set(entry.tags)) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  const ranked = [...counts].sort(([a, m], [b, n]) => n - m || a.localeCompare(b));
  const line = ranked.length === 0 ? `No reflection ${spans[period.kind]} was tagged.` : ranked.map(([tag, count]) => `${tag} (${count})`).join(', ');
  return ['## Tags', '', line, ''];
}

function inPeriod(date: string | null, period: ReviewPeriod): date is string {
  return date !== null && date >= period.firstDay && date <= period.lastDay;
}

function experimentsSection(experiments: readonly Experiment[], period: ReviewPeriod): string[] {
  const span = spans[period.kind];
  const byDate = (date: (experiment: Experiment) => string | null) => (a: Experiment, b: Experiment) =>
    (date(a) ?? '').localeCompare(date(b) ?? '') || a.title.localeCompare(b.title);
  const started = experiments.filter((experiment) => inPeriod(experiment.actualStart, period)).sort(byDate((e) => e.actualStart));
  const concluded = experiments
    .filter((experiment) => experiment.status === 'concluded' && inPeriod(experiment.actualEnd, period))
    .sort(byDate((e) => e.actualEnd));
  const lines = ['## Experiments', '', '### Started', ''];
  if (started.length === 0) lines.push(`No experiment started ${span}.`);
  for (const experiment of started) lines.push(`- **${experiment.title}** — started ${reviewDay(experiment.actualStart ?? '', period)} (now ${experiment.status})`);
  lines.push('', '### Concluded', '');
  if (concluded.length === 0) lines.push(`No experiment concluded ${span}.`);
  for (const experiment of concluded) {
    lines.push(`- **${experiment.title}** — concluded ${reviewDay(experiment.actualEnd ?? '', period)}`);
    if (experiment.learning.trim() !== '') lines.push('', indented(`Learning: ${experiment.learning}`));
  }
  return [...lines, ''];
}

function followUpsSection(experiments: readonly Experiment[], period: ReviewPeriod): string[] {
  const due = followUpsDue([...experiments], period.entryDate);
  const lines = ['## People to follow up', ''];
  if (due.length === 0) return [...lines, 'No follow-up is due.', ''];
  for (const item of due) {
    const who = item.kind === 'place' ? `${item.name} (a place)` : item.name;
    const when = item.overdue ? `missed, due ${reviewDay(item.date, period)}` : `due ${reviewDay(item.date, period)}`;
    lines.push(`- **${who}**, for ${item.experimentTitle} — ${when}`);
  }
  return [...lines, ''];
}

function strategySection(versions: ReviewData['versions'], period: ReviewPeriod): string[] {
  const saved = versions
    .map((version) => ({ date: localCalendarDate(new Date(version.createdAt)), ...version }))
    .filter((version) => inPeriod(version.date, period))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const lines = ['## What changed in the strategy', ''];
  if (saved.length === 0) return [...lines, `No new version of the strategy was saved ${spans[period.kind]}.`, ''];
  for (const version of saved) {
    const note = version.changeNote.trim();
    if (note.includes('\n')) lines.push(`- Version saved ${reviewDay(version.date, period)}:`, '', indented(note), '');
    else lines.push(`- Version saved ${reviewDay(version.date, period)}: ${note}`);
  }
  return [...lines, ''];
}

function questionsSection(kind: ReviewKind): string[] {
  const lines = ['## Questions', ''];
  for (const question of reviewQuestions(kind)) {
    lines.push(`### ${question.heading}`, '');
    if (question.hint) lines.push(`_${question.hint}_`, '');
    lines.push('');
  }
  return lines;
}

/** The review's body: every section always present, an empty one saying so in one line. */
export function reviewBody(period: ReviewPeriod, data: ReviewData): string {
  const inRange = data.entries.filter((entry) => inPeriod(entry.date, period));
  const entries = inRange.filter((entry) => !isReview(entry));
  const insight = computeInsight(entries, data.names, { period: subPeriods[period.kind], from: period.firstDay, to: period.lastDay });
  const intro = `_From your journal, ${reviewDay(period.firstDay, period)} – ${reviewDay(period.lastDay, period)}: ${plural(entries.length, 'reflection', 'reflections')}${entries.length === inRange.length ? '' : ', earlier reviews left out'}._`;
  return [
    intro,
    '',
    ...energySection(entries, period, insight.sentences.map((sentence) => sentence.text)),
    ...valuesSection(data, entries, insight.valuesLived, period),
    ...tagsSection(entries, period),
    ...experimentsSection(data.experiments, period),
    ...followUpsSection(data.experiments, period),
    ...strategySection(data.versions, period),
    ...questionsSection(period.kind),
  ]
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()
    .concat('\n');
}
