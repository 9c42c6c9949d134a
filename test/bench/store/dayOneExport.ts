// A seeded Day One journal export (the JSON Day One writes) built from the synthetic reflections.
import type { SyntheticReflection } from '../corpus';
import { seededRandom } from '../prng';
import { seededUuid } from './seedJournal';

const zones = ['Europe/London', 'America/New_York', 'Europe/Berlin', 'Asia/Tokyo', 'Australia/Sydney'];

export function dayOneExport(reflections: readonly SyntheticReflection[], seed: number): Uint8Array {
  const random = seededRandom(seed ^ 0xd1);
  const entries = reflections.map((reflection) => ({
    uuid: seededUuid(random).replaceAll('-', '').toUpperCase(),
    text: reflection.title ? `# ${reflection.title}\n\n${reflection.body}` : reflection.body,
    creationDate: reflection.createdAt.replace(/\.\d{3}Z$/, 'Z'),
    timeZone: random.pick(zones),
    tags: reflection.tags,
    starred: random.chance(0.05),
  }));
  return new TextEncoder().encode(JSON.stringify({ metadata: { version: '1.0' }, entries }));
}
