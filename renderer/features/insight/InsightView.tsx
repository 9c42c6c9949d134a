// Insight: energy and engagement over weeks, months or quarters, what goes with them, and the values lived against
// those named, each figure listing the reflections it counts.
//
// A view of its own rather than a Timeline tab: the Timeline shows how the strategy changed (versions and experiments
// on one zoomable time axis, brushed by dates); Insight asks how the days felt and what they went with, and most of
// it (the sentences, the values) is not on a time axis at all. Its bars and sentences are focusable buttons, which the
// Timeline's canvas could not hold, and it loads one summary sized to its window rather than the whole history.
import { useCallback, useEffect } from 'react';
import { insightPeriods, type InsightPeriod } from '../../../shared/domain/insight/insightSchema';
import { markInsightStart } from '../../ui/benchMarks';
import { CountedReflections } from './CountedReflections';
import { InsightChart } from './InsightChart';
import { InsightSentences } from './InsightSentences';
import { selectedEntries, type InsightSelection } from './insightSelection';
import { useInsight } from './insightStore';
import { formatDay, periodLabels, periodName } from './insightText';
import { ExperimentsRated } from './ExperimentsRated';
import { ValuesLivedList } from './ValuesLivedList';
import './insight.css';

export function InsightView() {
  const { status, period, offset, summary, selection, load, setPeriod, step, select } = useInsight();

  useEffect(() => {
    markInsightStart();
    void load();
  }, [load]);

  const onSelect = useCallback((next: InsightSelection) => select(next), [select]);
  const current = summary?.period === period ? summary : null;
  const selected = current && selection ? selectedEntries(current, selection, (firstDay) => periodName(period, firstDay)) : null;
  const rated = current?.periods.some((figures) => figures.energy.rated + figures.engagement.rated > 0) ?? false;
  const words = periodLabels[period];

  return (
    <section className="view insight-view" aria-labelledby="insight-heading">
      <header className="view-header">
        <h1 id="insight-heading">Insight</h1>
        <div className="insight-switch" role="group" aria-label="Group by">
          {insightPeriods.map((choice: InsightPeriod) => (
            <button key={choice} type="button" className="insight-switch-button" aria-pressed={choice === period} onClick={() => setPeriod(choice)}>
              {periodLabels[choice].plural}
            </button>
          ))}
        </div>
      </header>
      <div className="insight-body">
        <div className="insight-window">
          <button type="button" className="button button-quiet" onClick={() => step(-1)}>
            ← Earlier
          </button>
          <p className="insight-range" aria-live="polite">
            {current?.from && current.to ? `${formatDay(current.from)} – ${formatDay(current.to)}` : ''}
          </p>
          <button type="button" className="button button-quiet" disabled={offset === 0} onClick={() => step(1)}>
            Later →
          </button>
        </div>
        {status !== 'failed' && !current && <p className="muted">Gathering your ratings…</p>}
        {status === 'failed' && (
          <p className="insight-failed">
            Insight could not gather your ratings.{' '}
            <button type="button" className="button" onClick={() => void load()}>
              Try again
            </button>
          </p>
        )}
        {current && !rated && (
          <div className="empty-state insight-empty">
            <h2>Nothing rated in these {words.plural.toLowerCase()} yet</h2>
            <p>
              Insight shows how energising and engaging your days were. Open a reflection in the Journal and choose
              its <strong>Energy</strong> and <strong>Engagement</strong>, from 1 to 5, beside the entry; mark the
              values the day expressed too. Each rated day appears here.
            </p>
          </div>
        )}
        {current && rated && (
          <>
            <InsightChart
              summary={current}
              period={period}
              selected={selection?.kind === 'period' ? selection.firstDay : null}
              onSelect={(firstDay) => onSelect({ kind: 'period', firstDay })}
            />
            {selected && selection?.kind === 'period' && <CountedReflections key={JSON.stringify(selection)} selected={selected} onClose={() => select(null)} />}
            <InsightSentences sentences={current.sentences} selection={selection} onSelect={onSelect} />
            {selected && selection?.kind === 'sentence' && <CountedReflections key={JSON.stringify(selection)} selected={selected} onClose={() => select(null)} />}
          </>
        )}
        {current && (
          <>
            <ValuesLivedList values={current.valuesLived} selection={selection} onSelect={onSelect} />
            {selected && selection?.kind === 'value' && <CountedReflections key={JSON.stringify(selection)} selected={selected} onClose={() => select(null)} />}
            <ExperimentsRated experiments={current.experimentsRated} />
          </>
        )}
      </div>
    </section>
  );
}
