// The Timeline view: how the strategy evolved, as an interactive timeline, a version comparison and a Venn time-lapse.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { toCalendarDate } from '../../../shared/domain/timeline/calendar';
import { experimentStatuses } from '../../../shared/domain/timeline/lanes';
import { api } from '../../app/client';
import { markTimelineStart } from '../../ui/benchMarks';
import { useDarkTheme } from '../../ui/theme';
import { valueColourFor } from '../../ui/valueColour';
import { useErrors } from '../shell/errorStore';
import { useNavigation } from '../shell/navigationStore';
import { CompareVersions } from '../versions/CompareVersions';
import { StrategyCheckInBar } from '../versions/StrategyCheckInBar';
import { TimelapsePlayer } from '../versions/TimelapsePlayer';
import { versionContent } from '../versions/versionContent';
import { useVersions } from '../versions/versionsStore';
import { PeriodList } from './PeriodList';
import { TimelineChart } from './TimelineChart';
import { prepareTimeline, valuesOnTimeline, type PreparedTimeline, type SceneItem, type TimelineScene } from './timelineScene';
import { useTimeline, type Period } from './timelineStore';
import './timeline.css';

const tabs = [
  { id: 'timeline', label: 'Timeline' },
  { id: 'compare', label: 'Compare versions' },
  { id: 'timelapse', label: 'Time-lapse' },
] as const;

export function TimelineView() {
  const { status, summary, values, period, tab, focusVersion, load, setPeriod, setTab, showVersion } = useTimeline();
  const versionsState = useVersions();
  const [zoomTarget, setZoomTarget] = useState<{ start: Date; end: Date } | null>(null);

  useEffect(() => {
    markTimelineStart();
    void load();
  }, [load]);

  useEffect(() => {
    if (versionsState.status === 'idle') void versionsState.load();
  }, [versionsState]);

  const request = useNavigation((state) => state.request);
  useEffect(() => {
    if (request?.kind !== 'version') return;
    const wanted = useNavigation.getState().take('version');
    if (wanted) showVersion(wanted.id);
  }, [request, showVersion]);

  // The canvas cannot pick a colour by media query, so the values arrive in the theme's colours and are prepared again when it changes.
  const dark = useDarkTheme();
  const prepared = useMemo(() => {
    if (!summary) return null;
    const themed = valuesOnTimeline(summary, values).map((value) => ({ ...value, colour: valueColourFor(value.colour, dark) }));
    return prepareTimeline(summary, themed, new Date());
  }, [summary, values, dark]);

  const contents = useMemo(() => versionsState.versions.map(versionContent), [versionsState.versions]);

  const onPeriod = useCallback((next: Period | null) => setPeriod(next), [setPeriod]);

  const onOpen = useCallback(
    (item: SceneItem, scene: TimelineScene) => {
      if (item.kind === 'version') {
        showVersion(item.id);
        return;
      }
      if (item.kind === 'experiment') {
        useNavigation.getState().open({ kind: 'experiment', id: item.id });
        return;
      }
      const mark = scene.marks.find((candidate) => candidate.bin.firstDay === item.id);
      if (!mark) return;
      setPeriod({ from: mark.bin.firstDay, to: mark.bin.lastDay });
      if (scene.bucket !== 'day') {
        setZoomTarget({ start: mark.bin.start, end: mark.bin.end });
        return;
      }
      const list = api()['reflections.list'];
      list({ from: mark.bin.firstDay, to: mark.bin.lastDay, limit: 1 })
        .then((page) => {
          const first = page.items[0];
          if (first) useNavigation.getState().open({ kind: 'reflection', id: first.id });
        })
        .catch((error: unknown) => useErrors.getState().report('Could not open that reflection', error));
    },
    [setPeriod, showVersion],
  );

  return (
    <section className="view timeline-view" aria-labelledby="timeline-heading">
      <header className="view-header">
        <h1 id="timeline-heading" tabIndex={-1}>Timeline</h1>
        <div className="tabs" role="tablist" aria-label="Timeline views">
          {tabs.map((entry) => (
            <button
              key={entry.id}
              type="button"
              role="tab"
              id={`tab-${entry.id}`}
              aria-controls={`panel-${entry.id}`}
              aria-selected={tab === entry.id}
              tabIndex={tab === entry.id ? 0 : -1}
              className="tab"
              onClick={() => setTab(entry.id)}
              onKeyDown={(event) => {
                const index = tabs.findIndex((candidate) => candidate.id === tab);
                const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
                if (step === 0) return;
                const next = tabs[(index + step + tabs.length) % tabs.length];
                if (!next) return;
                setTab(next.id);
                document.getElementById(`tab-${next.id}`)?.focus();
              }}
            >
              {entry.label}
            </button>
          ))}
        </div>
      </header>
      <div className="timeline-body" role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'timeline' && (
          <>
            {status === 'loading' && !prepared && <p className="muted timeline-loading">Gathering your history…</p>}
            {prepared && isEmptyTimeline(prepared) && (
              <div className="empty-state timeline-empty">
                <h2>Your timeline fills as you go</h2>
                <p>
                  Each reflection you write, each experiment you plan and each version of your strategy you save appears
                  here by its date, so you can see how your direction changed.
                </p>
              </div>
            )}
            {prepared && !isEmptyTimeline(prepared) && (
              <>
                <TimelineToolbar period={period} onPeriod={onPeriod} />
                <TimelineChart prepared={prepared} period={period} onPeriod={onPeriod} onOpen={onOpen} zoomTarget={zoomTarget} />
                <PeriodList prepared={prepared} period={period} />
              </>
            )}
          </>
        )}
        {tab === 'compare' && (
          <>
            <StrategyCheckInBar />
            <CompareVersions versions={contents} focusId={focusVersion} />
          </>
        )}
        {tab === 'timelapse' && (
          <>
            <StrategyCheckInBar />
            <TimelapsePlayer versions={contents} />
          </>
        )}
      </div>
    </section>
  );
}

function TimelineToolbar({ period, onPeriod }: { period: Period | null; onPeriod(period: Period | null): void }) {
  const today = toCalendarDate(new Date());
  const setEdge = (edge: 'from' | 'to', value: string) => {
    if (!value) return;
    const other = period?.[edge === 'from' ? 'to' : 'from'] ?? value;
    const [from, to] = edge === 'from' ? [value, other] : [other, value];
    onPeriod(from <= to ? { from, to } : { from: to, to: from });
  };
  return (
    <div className="timeline-toolbar">
      <ul className="timeline-legend" aria-label="Experiment status colours">
        {experimentStatuses.map((status) => (
          <li key={status}>
            <span className={`status-dot status-${status}`} aria-hidden="true" />
            {status}
          </li>
        ))}
      </ul>
      <fieldset className="period-fields">
        <legend className="visually-hidden">Period</legend>
        <label className="field field-inline">
          From
          <input type="date" max={today} value={period?.from ?? ''} onChange={(event) => setEdge('from', event.target.value)} />
        </label>
        <label className="field field-inline">
          To
          <input type="date" value={period?.to ?? ''} onChange={(event) => setEdge('to', event.target.value)} />
        </label>
        <button type="button" className="button button-quiet" disabled={!period} onClick={() => onPeriod(null)}>
          Clear period
        </button>
      </fieldset>
    </div>
  );
}

/** Nothing dated yet: no reflection, experiment or saved version to draw. */
function isEmptyTimeline(prepared: PreparedTimeline): boolean {
  return prepared.reflectionDays.length === 0 && prepared.versions.length === 0 && prepared.lanes.placed.length === 0;
}
