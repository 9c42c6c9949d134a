// For the journal home: follow-ups with people and places due this week (or missed), each opening its experiment.
import { useEffect, useReducer, useState } from 'react';
import { localCalendarDate } from '../../../shared/domain/dates';
import { followUpsDue, type FollowUp } from '../../../shared/domain/experiments/followUps';
import { api, useCoreChange } from '../../app/client';
import { useErrors } from '../shell/errorStore';
import { useNavigation } from '../shell/navigationStore';
import { formatDay } from './experimentText';
import './experiments.css';

export function FollowUpsPanel() {
  const [due, setDue] = useState<FollowUp[]>([]);
  // A person added or a follow-up date moved anywhere lists again.
  const [generation, changed] = useReducer((n: number) => n + 1, 0);
  useCoreChange(['experiments'], changed);

  useEffect(() => {
    let live = true;
    const list = api()['experiments.list'];
    list({ limit: 200 })
      .then((page) => live && setDue(followUpsDue(page.items, localCalendarDate())))
      .catch((error: unknown) => useErrors.getState().report('Could not load this week’s follow-ups', error));
    return () => {
      live = false;
    };
  }, [generation]);

  if (due.length === 0) return null;
  return (
    <section className="follow-ups" aria-labelledby="follow-ups-heading">
      <h2 id="follow-ups-heading">Follow-ups this week</h2>
      <ul className="follow-up-list">
        {due.map((item) => (
          <li key={item.id}>
            <button
              type="button"
              className="follow-up"
              onClick={() => useNavigation.getState().open({ kind: 'experiment', id: item.experimentId })}
            >
              <span className={item.overdue ? 'follow-up-date follow-up-overdue' : 'follow-up-date'}>
                {item.overdue ? `Missed · ${formatDay(item.date)}` : formatDay(item.date)}
              </span>
              <span className="follow-up-name">{item.name}</span>
              <span className="muted">{item.experimentTitle}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
