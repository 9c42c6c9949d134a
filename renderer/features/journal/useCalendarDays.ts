// Days with entries between two dates, from the store's calendar counts; reloads when the journal changes.
import { useEffect, useState } from 'react';
import type { CalendarDay } from '../../../shared/domain/reflection';
import { api } from '../../app/client';
import { useErrors } from '../shell/errorStore';
import { useJournal } from './journalStore';

export function useCalendarDays(from: string, to: string): CalendarDay[] {
  const [days, setDays] = useState<CalendarDay[]>([]);
  // Any saved change to the list (a new entry, a new date) may move a day's count.
  const version = useJournal((state) => state.items);
  useEffect(() => {
    let live = true;
    api()['reflections.calendar']({ from, to })
      .then((result) => live && setDays(result))
      .catch((error: unknown) => useErrors.getState().report('Could not load the calendar', error));
    return () => {
      live = false;
    };
  }, [from, to, version]);
  return days;
}
