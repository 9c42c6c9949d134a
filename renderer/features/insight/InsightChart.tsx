// The energy and engagement chart: a column per period, each a button listing its reflections, and its table alternative.
import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { InsightPeriod, InsightSummary } from '../../../shared/domain/insight/insightSchema';
import { markInsightRendered } from '../../ui/benchMarks';
import { chartLayout } from './chartGeometry';
import { columnLabel, meanText, periodLabels, periodName, periodTick } from './insightText';

const HEIGHT = 220;

/** The chart's width follows its box, so its text stays the size of the page's text at any window size. */
function useWidth(): [RefObject<HTMLDivElement | null>, number] {
  const ref = useRef<HTMLDivElement | null>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    setWidth(element.clientWidth);
    const observer = new ResizeObserver(() => setWidth(element.clientWidth));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

interface ChartProps {
  summary: InsightSummary;
  period: InsightPeriod;
  selected: string | null;
  onSelect(firstDay: string): void;
}

export function InsightChart({ summary, period, selected, onSelect }: ChartProps) {
  const [ref, width] = useWidth();
  const [showTable, setShowTable] = useState(false);
  const tableId = useId();
  const layout = width > 0 ? chartLayout(summary.periods, { width, height: HEIGHT }) : null;
  const words = periodLabels[period];

  useEffect(() => {
    if (layout) markInsightRendered();
  }, [layout]);

  const activate = (event: KeyboardEvent, firstDay: string) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    onSelect(firstDay);
  };

  return (
    <section className="insight-card" aria-labelledby="insight-chart-heading">
      <div className="insight-card-head">
        <h2 id="insight-chart-heading">Energy and engagement per {words.one}</h2>
        <ul className="insight-legend" aria-label="Legend">
          <li>
            <span className="insight-swatch insight-swatch-energy" aria-hidden="true" />
            Energy
          </li>
          <li>
            <span className="insight-swatch insight-swatch-engagement" aria-hidden="true" />
            Engagement
          </li>
        </ul>
      </div>
      <div ref={ref} className="insight-chart">
        {layout && (
          <svg width={width} height={HEIGHT} role="group" aria-label={`Mean energy and engagement per ${words.one}, 1 to 5`} data-insight-chart="">
            {layout.ticks.map((tick) => (
              <g key={tick.value} aria-hidden="true">
                <line className="insight-grid" x1={layout.plotLeft} x2={layout.plotRight} y1={tick.y} y2={tick.y} />
                <text className="insight-axis" x={layout.plotLeft - 8} y={tick.y} dy="0.32em" textAnchor="end">
                  {tick.value}
                </text>
              </g>
            ))}
            {layout.columns.map((column, index) => {
              const figures = summary.periods[index];
              if (!figures) return null;
              return (
                <g
                  key={column.firstDay}
                  className="insight-column"
                  role="button"
                  tabIndex={0}
                  aria-label={columnLabel(period, figures)}
                  aria-pressed={selected === column.firstDay}
                  onClick={() => onSelect(column.firstDay)}
                  onKeyDown={(event) => activate(event, column.firstDay)}
                >
                  <rect className="insight-hit" x={column.x} y={layout.plotTop} width={column.width} height={layout.plotBottom - layout.plotTop} rx={4} />
                  {column.energy && <rect className="insight-bar-energy" {...column.energy} rx={2} />}
                  {column.engagement && <rect className="insight-bar-engagement" {...column.engagement} rx={2} />}
                  {index % layout.labelEvery === 0 && (
                    <text className="insight-axis" x={column.labelX} y={layout.plotBottom + 18} textAnchor="middle" aria-hidden="true">
                      {periodTick(period, column.firstDay)}
                    </text>
                  )}
                </g>
              );
            })}
          </svg>
        )}
      </div>
      <button type="button" className="button button-quiet insight-table-toggle" aria-expanded={showTable} aria-controls={tableId} onClick={() => setShowTable(!showTable)}>
        {showTable ? 'Hide the table' : 'Show as a table'}
      </button>
      <div id={tableId} hidden={!showTable}>
        {showTable && (
          <table className="insight-table">
            <caption className="visually-hidden">Energy and engagement per {words.one}</caption>
            <thead>
              <tr>
                <th scope="col">{words.column}</th>
                <th scope="col">Reflections</th>
                <th scope="col">Mean energy</th>
                <th scope="col">Mean engagement</th>
              </tr>
            </thead>
            <tbody>
              {summary.periods.map((figures) => (
                <tr key={figures.firstDay}>
                  <th scope="row">
                    <button type="button" className="insight-link" onClick={() => onSelect(figures.firstDay)}>
                      {periodName(period, figures.firstDay)}
                    </button>
                  </th>
                  <td>{figures.entries.length}</td>
                  <td>{meanText(figures.energy)}</td>
                  <td>{meanText(figures.engagement)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </section>
  );
}
