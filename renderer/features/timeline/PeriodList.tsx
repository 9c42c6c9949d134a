// What happened in the brushed period: versions, experiments and reflections, each opening where it lives.
import { useEffect, useState } from 'react';
import type { Reflection } from '../../../shared/domain/reflection';
import { parseCalendarDate, toCalendarDate } from '../../../shared/domain/timeline/calendar';
import { api, useCoreRevision } from '../../app/client';
import { useErrors } from '../shell/errorStore';
import { useNavigation } from '../shell/navigationStore';
import type { PreparedTimeline } from './timelineScene';
import type { Period } from './timelineStore';
import { formatDay } from './timelineText';

const PAGE = 50;

export function PeriodList({ prepared, period }: { prepared: PreparedTimeline; period: Period | null }) {
  const [loaded, setLoaded] = useState<{ period: Period; items: Reflection[]; cursor: string | null } | null>(null);
  const open = useNavigation((state) => state.open);
  const isCurrent = loaded !== null && period !== null && loaded.period === period;
  const reflections = isCurrent ? loaded.items : [];
  const cursor = isCurrent ? loaded.cursor : null;

  // An entry written, edited or deleted anywhere may belong to the period: list it again.
  const revision = useCoreRevision(['reflections']);
  useEffect(() => {
    if (!period) return;
    let current = true;
    const list = api()['reflections.list'];
    list({ from: period.from, to: period.to, limit: PAGE })
      .then((page) => {
        if (current) setLoaded({ period, items: page.items, cursor: page.nextCursor });
      })
      .catch((error: unknown) => useErrors.getState().report('Could not list the reflections in that period', error));
    return () => {
      current = false;
    };
  }, [period, revision]);

  if (!period) {
    return (
      <p className="period-hint muted">
        Drag across the dates above the timeline, or pick dates here, to list everything in a period.
      </p>
    );
  }

  async function loadMore() {
    if (!period || !cursor) return;
    try {
      const page = await api()['reflections.list']({ from: period.from, to: period.to, limit: PAGE, cursor });
      setLoaded({ period, items: [...reflections, ...page.items], cursor: page.nextCursor });
    } catch (error) {
      useErrors.getState().report('Could not list more reflections', error);
    }
  }

  const versions = prepared.versions.filter((version) => {
    const day = toCalendarDate(new Date(version.createdAt));
    return day >= period.from && day <= period.to;
  });
  const experiments = prepared.lanes.placed.filter((placed) => placed.firstDay <= period.to && placed.lastDay >= period.from);
  const total = prepared.reflectionDays
    .filter((day) => day.date >= period.from && day.date <= period.to)
    .reduce((sum, day) => sum + day.count, 0);

  return (
    <section className="period-list" aria-labelledby="period-heading">
      <h2 id="period-heading">
        {formatDay(parseCalendarDate(period.from))} – {formatDay(parseCalendarDate(period.to))}
      </h2>
      <p className="muted" role="status">
        {versions.length} {versions.length === 1 ? 'version' : 'versions'}, {experiments.length}{' '}
        {experiments.length === 1 ? 'experiment' : 'experiments'}, {total} {total === 1 ? 'reflection' : 'reflections'}
      </p>
      <div className="period-columns">
        <div>
          <h3>Versions</h3>
          {versions.length === 0 && <p className="muted">None saved in this period.</p>}
          <ul className="period-items" aria-label="Versions in this period">
            {versions.map((version) => (
              <li key={version.id}>
                <button type="button" className="period-item" onClick={() => open({ kind: 'version', id: version.id })}>
                  <span className="period-item-date">{formatDay(new Date(version.createdAt))}</span>
                  <span className="period-item-title">{version.note}</span>
                </button>
              </li>
            ))}
          </ul>
          <h3>Experiments</h3>
          {experiments.length === 0 && <p className="muted">None ran in this period.</p>}
          <ul className="period-items" aria-label="Experiments in this period">
            {experiments.map((placed) => (
              <li key={placed.experiment.id}>
                <button type="button" className="period-item" onClick={() => open({ kind: 'experiment', id: placed.experiment.id })}>
                  <span className="period-item-date">
                    <span className={`status-dot status-${placed.experiment.status}`} aria-hidden="true" />
                    {placed.experiment.status} · {formatDay(placed.start)}
                  </span>
                  <span className="period-item-title">{placed.experiment.title}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
        <div>
          <h3>Reflections</h3>
          {total === 0 && <p className="muted">None written in this period.</p>}
          <ul className="period-items" aria-label="Reflections in this period">
            {reflections.map((reflection) => (
              <li key={reflection.id}>
                <button type="button" className="period-item" onClick={() => open({ kind: 'reflection', id: reflection.id })}>
                  <span className="period-item-date">{formatDay(parseCalendarDate(reflection.entryDate))}</span>
                  <span className="period-item-title">{reflection.title || 'Untitled reflection'}</span>
                </button>
              </li>
            ))}
          </ul>
          {cursor && (
            <button type="button" className="button button-quiet" onClick={() => void loadMore()}>
              Show more reflections
            </button>
          )}
        </div>
      </div>
    </section>
  );
}
