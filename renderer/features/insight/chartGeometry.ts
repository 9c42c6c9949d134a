// The Insight chart's geometry: a band per period with an energy and an engagement bar on a 0–5 scale (d3-scale).
import { scaleBand, scaleLinear } from 'd3-scale';
import type { InsightPeriodFigures } from '../../../shared/domain/insight/insightSchema';

export interface ChartSize {
  readonly width: number;
  readonly height: number;
}

/** Room for the rating axis on the left and the period labels below. */
export const chartMargin = { top: 12, right: 12, bottom: 28, left: 30 } as const;

export interface ChartBar {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface ChartColumn {
  readonly firstDay: string;
  /** The whole column, from the top of the plot to its baseline: what a pointer or a focus ring covers. */
  readonly x: number;
  readonly width: number;
  readonly energy: ChartBar | null;
  readonly engagement: ChartBar | null;
  /** Where the period's label goes, centred under the column. */
  readonly labelX: number;
}

export interface ChartLayout {
  readonly columns: readonly ChartColumn[];
  readonly ticks: readonly { value: number; y: number }[];
  readonly plotTop: number;
  readonly plotBottom: number;
  readonly plotLeft: number;
  readonly plotRight: number;
  /** Show every n-th period label, so labels never overlap on a narrow chart. */
  readonly labelEvery: number;
}

/** Lays the periods out across `size`. A period with no ratings of a kind gets no bar of that kind. */
export function chartLayout(periods: readonly InsightPeriodFigures[], size: ChartSize, labelWidth = 48): ChartLayout {
  const plotLeft = chartMargin.left;
  const plotRight = Math.max(plotLeft + 1, size.width - chartMargin.right);
  const plotTop = chartMargin.top;
  const plotBottom = Math.max(plotTop + 1, size.height - chartMargin.bottom);
  const band = scaleBand<string>()
    .domain(periods.map((period) => period.firstDay))
    .range([plotLeft, plotRight])
    .paddingInner(0.25)
    // Half the inner padding at each end, so the columns (a band and its share of the gaps) tile the plot exactly.
    .paddingOuter(0.125);
  const y = scaleLinear().domain([0, 5]).range([plotBottom, plotTop]);
  const step = band.step();
  const barWidth = band.bandwidth() / 2;
  const bar = (x: number, mean: number | null): ChartBar | null =>
    mean === null ? null : { x, y: y(mean), width: barWidth, height: plotBottom - y(mean) };
  const columns = periods.map((period): ChartColumn => {
    const x = band(period.firstDay) ?? plotLeft;
    return {
      firstDay: period.firstDay,
      x: x - (step - band.bandwidth()) / 2,
      width: step,
      energy: bar(x, period.energy.mean),
      engagement: bar(x + barWidth, period.engagement.mean),
      labelX: x + band.bandwidth() / 2,
    };
  });
  return {
    columns,
    ticks: [1, 2, 3, 4, 5].map((value) => ({ value, y: y(value) })),
    plotTop,
    plotBottom,
    plotLeft,
    plotRight,
    labelEvery: Math.max(1, Math.ceil(labelWidth / Math.max(step, 1))),
  };
}
