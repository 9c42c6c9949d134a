// "On this day": entries written on today's date in earlier months and years, to read what you were thinking then.
import { useEffect, useState } from 'react';
import type { CalendarDay, Reflection } from '../../../shared/domain/reflection';
import { api, useCoreRevision } from '../../app/client';
import { useErrors } from '../shell/errorStore';
import { earlierSameDays } from './onThisDay';
import { displayTitle, excerpt, formatEntryDateShort } from './reflectionText';

interface OnThisDayProps {
  days: CalendarDay[];
  today: string;
  onOpen(id: string): void;
}

export function OnThisDay({ days, today, onOpen }: OnThisDayProps) {
  const earlier = earlierSameDays(days, today);
  const key = earlier.map((day) => `${day.date}:${day.count}`).join(',');
  const [entries, setEntries] = useState<{ label: string; reflection: Reflection }[]>([]);
  // An entry edited, deleted or restored anywhere may be one of these: read them again.
  const revision = useCoreRevision(['reflections']);

  useEffect(() => {
    let live = true;
    const wanted = earlierSameDays(days, today);
    Promise.all(wanted.map((day) => api()['reflections.list']({ from: day.date, to: day.date, limit: 3 }).then((page) => page.items.map((reflection) => ({ label: day.label, reflection })))))
      .then((groups) => live && setEntries(groups.flat()))
      .catch((error: unknown) => useErrors.getState().report('Could not load “On this day”', error));
    return () => {
      live = false;
    };
    // `key` stands for the days that matter; `days` itself is a new array on every load.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, today, revision]);

  return (
    <section className="home-card on-this-day" aria-labelledby="on-this-day-heading">
      <h2 id="on-this-day-heading">On this day</h2>
      {entries.length === 0 ? (
        <p className="muted">When you have written on this date in an earlier month or year, it will wait for you here.</p>
      ) : (
        <ul className="memory-list">
          {entries.map(({ label, reflection }) => (
            <li key={reflection.id}>
              <button type="button" className="memory" onClick={() => onOpen(reflection.id)}>
                <span className="memory-when">
                  {label} · {formatEntryDateShort(reflection.entryDate)}
                </span>
                <span className="memory-title">{displayTitle(reflection)}</span>
                {reflection.body.trim() && <span className="memory-excerpt">{excerpt(reflection, 160)}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
