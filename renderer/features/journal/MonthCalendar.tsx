// A month of the journal: days with entries are marked by how many, days holding a review with a stroke; a day opens its
// entries in the list.
// A grid of buttons: arrow keys move by day and week, Page Up/Down by month.
import { addDays, format, parseISO } from 'date-fns';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { CalendarDay } from '../../../shared/domain/reflection';
import { formatFullDay, formatMonth } from '../../ui/dates';
import { intensity, monthGrid, shiftMonth } from './calendarMonth';

const weekdays = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const weekdayNames = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

interface MonthCalendarProps {
  month: string;
  days: CalendarDay[];
  today: string;
  selectedDay: string | null;
  onMonthChange(month: string): void;
  onPick(day: string): void;
}

function entriesLabel(count: number, reviews = 0): string {
  if (count === 0) return 'no entries';
  const entries = count === 1 ? '1 entry' : `${count} entries`;
  if (reviews === 0) return entries;
  return `${entries}, including ${reviews === 1 ? 'a review' : `${reviews} reviews`}`;
}

export function MonthCalendar({ month, days, today, selectedDay, onMonthChange, onPick }: MonthCalendarProps) {
  const counts = new Map(days.map((day) => [day.date, day]));
  const weeks = monthGrid(month);
  const [focusDay, setFocusDay] = useState(() => (today.slice(0, 7) === month.slice(0, 7) ? today : month));
  const grid = useRef<HTMLTableElement>(null);
  const moveFocus = useRef(false);

  // The roving focus stays in the shown month: after paging with the buttons it starts at the 1st.
  const activeDay = focusDay.slice(0, 7) === month.slice(0, 7) ? focusDay : month;

  useEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    grid.current?.querySelector<HTMLButtonElement>(`button[data-date="${activeDay}"]`)?.focus();
  }, [activeDay]);

  function onKeyDown(event: KeyboardEvent<HTMLTableElement>) {
    const steps: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 };
    let next: string | null = null;
    if (event.key in steps) next = format(addDays(parseISO(activeDay), steps[event.key] ?? 0), 'yyyy-MM-dd');
    if (event.key === 'PageUp' || event.key === 'PageDown') next = shiftMonth(activeDay, event.key === 'PageUp' ? -1 : 1);
    if (!next) return;
    event.preventDefault();
    moveFocus.current = true;
    if (next.slice(0, 7) !== month.slice(0, 7)) onMonthChange(shiftMonth(next, 0));
    setFocusDay(next);
  }

  const monthLabel = formatMonth(month);
  return (
    <div className="month-calendar">
      <div className="month-calendar-head">
        <h3 id="calendar-month">{monthLabel}</h3>
        <div className="month-calendar-nav">
          <button type="button" className="icon-button" aria-label="Previous month" onClick={() => onMonthChange(shiftMonth(month, -1))}>
            ‹
          </button>
          <button type="button" className="button button-quiet button-small" onClick={() => onMonthChange(shiftMonth(today, 0))}>
            Today
          </button>
          <button type="button" className="icon-button" aria-label="Next month" onClick={() => onMonthChange(shiftMonth(month, 1))}>
            ›
          </button>
        </div>
      </div>
      <table className="month-grid" role="grid" aria-labelledby="calendar-month" ref={grid} onKeyDown={onKeyDown}>
        <thead>
          <tr>
            {weekdays.map((day, index) => (
              <th key={day} scope="col" abbr={weekdayNames[index]}>
                {day}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week[0]?.date}>
              {week.map((cell) => {
                const count = counts.get(cell.date)?.count ?? 0;
                const reviews = counts.get(cell.date)?.reviews ?? 0;
                return (
                  <td key={cell.date} role="gridcell">
                    <button
                      type="button"
                      data-date={cell.date}
                      className={`day day-level-${intensity(count)}${cell.inMonth ? '' : ' day-outside'}${cell.date === today ? ' day-today' : ''}`}
                      aria-label={`${formatFullDay(cell.date)}: ${entriesLabel(count, reviews)}`}
                      aria-pressed={cell.date === selectedDay}
                      tabIndex={cell.date === activeDay ? 0 : -1}
                      onClick={() => {
                        setFocusDay(cell.date);
                        onPick(cell.date);
                      }}
                    >
                      {Number(cell.date.slice(8))}
                      {reviews > 0 && <span className="day-review" aria-hidden="true" />}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="calendar-legend" aria-hidden="true">
        <span>Fewer</span>
        <span className="legend-swatch day-level-1" />
        <span className="legend-swatch day-level-2" />
        <span className="legend-swatch day-level-3" />
        <span>More</span>
        <span className="legend-review" />
        <span>Review</span>
      </p>
    </div>
  );
}
