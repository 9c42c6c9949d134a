// Follow-ups with the people and places of experiments that fall due this week (or were missed), soonest first.
import type { Experiment } from '../experiment';

/** The days ahead, counting today, that make up "this week". */
export const FOLLOW_UP_WINDOW_DAYS = 7;

export interface FollowUp {
  id: string;
  kind: 'person' | 'place';
  name: string;
  experimentId: string;
  experimentTitle: string;
  date: string;
  overdue: boolean;
}

function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

export function followUpsDue(experiments: Experiment[], today: string): FollowUp[] {
  const last = addDays(today, FOLLOW_UP_WINDOW_DAYS - 1);
  const due: FollowUp[] = [];
  for (const experiment of experiments) {
    const contacts = [
      ...experiment.people.map((p) => ({ ...p, kind: 'person' as const })),
      ...experiment.places.map((p) => ({ ...p, kind: 'place' as const })),
    ];
    for (const contact of contacts) {
      if (!contact.followUpDate || contact.followUpDate > last) continue;
      due.push({
        id: contact.id,
        kind: contact.kind,
        name: contact.name,
        experimentId: experiment.id,
        experimentTitle: experiment.title,
        date: contact.followUpDate,
        overdue: contact.followUpDate < today,
      });
    }
  }
  return due.sort((a, b) => a.date.localeCompare(b.date) || a.name.localeCompare(b.name));
}
