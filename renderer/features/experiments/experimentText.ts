// Words and dates as the experiments views show them.
import type { Experiment } from '../../../shared/domain/experiment';
import { formatDay as formatAnyDay, formatDayInYear as formatMonthDay } from '../../ui/dates';

export {
  experimentKindLabels as kindLabels,
  shortExperimentKindLabels as shortKindLabels,
} from '../../../shared/domain/experiments/kindLabels';

/** A calendar date such as 2026-03-14 as "Mar 14, 2026" (renderer/ui/dates), or nothing. */
export function formatDay(date: string | null): string {
  return date ? formatAnyDay(date) : '';
}

/** "Mar 1 – Apr 2, 2026" style span of the actual dates, else the planned ones; the year shown once when shared. */
export function dateSpan(experiment: Experiment): string {
  const start = experiment.actualStart ?? experiment.plannedStart;
  const end = experiment.actualEnd ?? experiment.plannedEnd;
  if (start && end && start === end) return formatDay(start);
  if (start && end && start.slice(0, 4) === end.slice(0, 4)) return `${formatMonthDay(start)} – ${formatDay(end)}`;
  if (start && end) return `${formatDay(start)} – ${formatDay(end)}`;
  if (start) return `From ${formatDay(start)}`;
  if (end) return `Until ${formatDay(end)}`;
  return 'No dates yet';
}
