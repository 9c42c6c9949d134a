// Seeded synthetic journal: reflections of realistic, varied length with tags, values and ratings, plus the query mix.
import { seededRandom, type Random } from './prng';

export interface SyntheticReflection {
  entryDate: string;
  createdAt: string;
  title: string;
  body: string;
  tags: string[];
  /** Indexes into the synthetic values, not ids: the seeder maps them to the values it created. */
  valueIndexes: number[];
  energy: number | null;
  engagement: number | null;
}

const subjects = ['I', 'We', 'The team', 'My manager', 'A colleague', 'The client', 'Our lead', 'My mentor', 'The new hire'];
const verbs = [
  'talked about', 'worked on', 'struggled with', 'enjoyed', 'finished', 'planned', 'reviewed', 'questioned',
  'presented', 'avoided', 'learned from', 'rewrote', 'debated', 'shipped', 'postponed', 'celebrated',
];
const nouns = [
  'the roadmap', 'the budget review', 'a team meeting', 'the design document', 'customer interviews', 'the release',
  'onboarding', 'the hiring loop', 'a side project', 'the quarterly plan', 'my promotion case', 'the migration',
  'a workshop', 'the retrospective', 'pair programming', 'the incident', 'our metrics', 'the proposal',
  'mentoring sessions', 'a course on negotiation', 'the conference talk', 'the prototype', 'code reviews',
];
const feelings = [
  'It gave me energy.', 'It drained me more than I expected.', 'I felt useful and calm.', 'I lost track of time.',
  'I kept checking the clock.', 'It felt like the work I want more of.', 'I was anxious before and fine after.',
  'I am proud of how it went.', 'Honestly it felt pointless.', 'I noticed I was smiling.',
];
const connectors = ['Later', 'Afterwards', 'Before lunch', 'In the afternoon', 'This morning', 'At the end of the day', 'Meanwhile'];
const reflectionsOn = [
  'Mentorship matters to me more than titles.', 'I want to write more and meet less.',
  'Autonomy is the thread through my best weeks.', 'Maybe teaching is the direction worth testing.',
  'The work I enjoy is close to people, not dashboards.', 'Craft over speed, most days.',
];
export const tagPool = [
  'meetings', 'writing', 'mentoring', 'coding', 'planning', 'hiring', 'learning', 'travel', 'health', 'feedback',
  'leadership', 'focus', 'conflict', 'wins', 'energy', 'teaching', 'research', 'networking', 'side-project', 'burnout',
];
export const valueLabels = ['Autonomy', 'Craft', 'Teaching', 'Security', 'Impact', 'Curiosity'];

/** A word planted in about one reflection in 2,000: the "rare word" query. */
export const RARE_WORD = 'kintsugi';

/** The fixed mix every engine answers: same words, same order, so latencies compare like for like. */
export const searchQueryMix = [
  { label: 'rare word', text: RARE_WORD },
  { label: 'common word', text: 'the' },
  { label: 'prefix', text: 'mentor*' },
  { label: 'two words', text: 'budget review' },
  { label: 'phrase', text: '"team meeting"' },
] as const;

function sentence(random: Random): string {
  const subject = random.pick(subjects);
  const opener = random.chance(0.3) ? `${random.pick(connectors)}, ${subject === 'I' ? subject : subject.toLowerCase()}` : subject;
  const clause = `${opener} ${random.pick(verbs)} ${random.pick(nouns)}.`;
  return random.chance(0.35) ? `${clause} ${random.pick(feelings)}` : clause;
}

/** Most entries are a few paragraphs; some are a line, a few are long essays (log-normal-ish lengths). */
function targetLength(random: Random): number {
  const u = random.next();
  if (u < 0.15) return random.int(40, 200);
  if (u < 0.85) return random.int(300, 1500);
  if (u < 0.98) return random.int(1500, 4000);
  return random.int(4000, 12000);
}

function body(random: Random): string {
  const length = targetLength(random);
  const paragraphs: string[] = [];
  let current: string[] = [];
  let size = 0;
  while (size < length) {
    const next = random.chance(0.05) ? random.pick(reflectionsOn) : sentence(random);
    current.push(next);
    size += next.length + 1;
    if (current.length >= random.int(3, 6)) {
      paragraphs.push(current.join(' '));
      current = [];
    }
  }
  if (current.length > 0) paragraphs.push(current.join(' '));
  if (random.chance(1 / 2000)) paragraphs.push(`The ${RARE_WORD} idea: the repair is part of the story.`);
  return paragraphs.join('\n\n');
}

function distinct<T>(random: Random, pool: readonly T[], count: number): T[] {
  const chosen = new Set<T>();
  while (chosen.size < Math.min(count, pool.length)) chosen.add(random.pick(pool));
  return [...chosen];
}

const DAY_MS = 86_400_000;

/**
 * `count` reflections going back from `newest` over `spanDays` (about one a day unless told), deterministic for a given
 * seed.
 */
export function generateReflections(count: number, seed: number, newest = new Date('2026-11-01T18:00:00Z'), spanDays = Math.max(count, 1)): SyntheticReflection[] {
  const random = seededRandom(seed);
  const reflections: SyntheticReflection[] = [];
  for (let index = 0; index < count; index += 1) {
    const day = new Date(newest.getTime() - Math.floor((index / count) * spanDays) * DAY_MS - random.int(0, 600) * 60_000);
    const text = body(random);
    reflections.push({
      entryDate: day.toISOString().slice(0, 10),
      createdAt: day.toISOString(),
      title: random.chance(0.8) ? `${random.pick(verbs).replace(/^\w/, (c) => c.toUpperCase())} ${random.pick(nouns)}` : '',
      body: text,
      tags: distinct(random, tagPool, random.int(0, 4)),
      valueIndexes: distinct(random, [0, 1, 2, 3, 4, 5], random.int(0, 2)),
      energy: random.chance(0.7) ? random.int(1, 5) : null,
      engagement: random.chance(0.7) ? random.int(1, 5) : null,
    });
  }
  return reflections;
}

export interface SyntheticExperiment {
  title: string;
  kind: 'networking' | 'informational_conversation' | 'side_project' | 'course' | 'shadowing' | 'other';
  status: 'idea' | 'planned' | 'running' | 'concluded' | 'dropped';
  plannedStart: string;
  plannedEnd: string;
  /** Index into the synthetic values. */
  valueIndex: number;
}

const experimentKinds = ['networking', 'informational_conversation', 'side_project', 'course', 'shadowing', 'other'] as const;
const experimentStatuses = ['idea', 'planned', 'running', 'concluded', 'dropped'] as const;
const experimentIdeas = ['shadow a teacher', 'run a workshop', 'ship a side project', 'take a course', 'coffee with a founder'];

/** Experiments of one to sixteen weeks spread over 2013–2026, deterministic for a given seed. */
export function generateExperiments(count: number, seed: number): SyntheticExperiment[] {
  const random = seededRandom(seed ^ 0xe4e);
  return Array.from({ length: count }, (_, index) => {
    const start = new Date(Date.UTC(2013 + random.int(0, 13), random.int(0, 11), random.int(1, 28)));
    const end = new Date(start.getTime() + random.int(7, 120) * DAY_MS);
    return {
      title: `Experiment ${index + 1}: ${random.pick(experimentIdeas)}`,
      kind: random.pick(experimentKinds),
      status: random.pick(experimentStatuses),
      plannedStart: start.toISOString().slice(0, 10),
      plannedEnd: end.toISOString().slice(0, 10),
      valueIndex: random.int(0, valueLabels.length - 1),
    };
  });
}
