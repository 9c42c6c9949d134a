// The journal's home: ways to begin, the month calendar with a gentle consistency note, and "On this day".
// The side column holds cards; other features add their panels there.
import { format, subYears } from 'date-fns';
import { useMemo, useState } from 'react';
import { localCalendarDate } from '../../../shared/domain/dates';
import { formatWeekdayDay } from '../../ui/dates';
import { MenuButton } from '../../ui/MenuButton';
import { FollowUpsPanel } from '../experiments/FollowUpsPanel';
import { consistency, consistencyMessage, monthRange } from './calendarMonth';
import { useJournal } from './journalStore';
import { MonthCalendar } from './MonthCalendar';
import { OnThisDay } from './OnThisDay';
import { useCalendarDays } from './useCalendarDays';
import { reviewActions, ReviewMenuLabel } from './ReviewMenu';

export function JournalHome() {
  const today = localCalendarDate();
  const { filter, setFilter, open, create, setPromptPickerOpen } = useJournal();
  const [month, setMonth] = useState(today);
  const range = monthRange(month);
  const monthDays = useCalendarDays(range.from, range.to);
  const history = useCalendarDays(format(subYears(new Date(), 10), 'yyyy-MM-dd'), today);
  const note = useMemo(() => consistencyMessage(consistency(history, today)), [history, today]);

  return (
    <div className="journal-home">
      <section className="home-card home-begin" aria-labelledby="begin-heading">
        <div>
          <p className="home-date">{formatWeekdayDay(filter.day ?? new Date())}</p>
          <h2 id="begin-heading">{filter.day && filter.day !== today ? 'What is worth keeping from that day?' : 'What is worth keeping from today?'}</h2>
        </div>
        <div className="home-actions">
          <button type="button" className="button button-primary" onClick={() => void create()}>
            Blank entry
          </button>
          <button type="button" className="button" onClick={() => setPromptPickerOpen(true)}>
            Start from a prompt
          </button>
          <MenuButton className="button" ariaLabel="Start a review" menuLabel="Start a review" actions={reviewActions}>
            <ReviewMenuLabel />
          </MenuButton>
        </div>
      </section>
      <div className="home-main">
        <section className="home-card" aria-labelledby="calendar-heading">
          <div className="card-head">
            <h2 id="calendar-heading">Calendar</h2>
            <p className="consistency">{note}</p>
          </div>
          <MonthCalendar
            month={month}
            days={monthDays}
            today={today}
            selectedDay={filter.day ?? null}
            onMonthChange={setMonth}
            onPick={(day) => void setFilter({ ...filter, day: filter.day === day ? undefined : day })}
          />
        </section>
      </div>
      <div className="home-side">
        <FollowUpsPanel />
        <aside aria-label="Looking back">
          <OnThisDay days={history} today={today} onOpen={(id) => void open(id)} />
        </aside>
      </div>
    </div>
  );
}
