// The timeline's aggregates in SQL: reflections per day, per value per week, experiment spans and version points, never whole rows.
import type { TimelineSummary, TimelineSummaryInput } from '../../../shared/domain/timelineSummary';
import type { Db } from '../store/open';

interface ExperimentSpanRow {
  id: string;
  title: string;
  status: TimelineSummary['experiments'][number]['status'];
  planned_start: string | null;
  planned_end: string | null;
  actual_start: string | null;
  actual_end: string | null;
}

/** Calendar dates compare as text; these bounds stand in for an open end. */
const EARLIEST = '0000-01-01';
const LATEST = '9999-12-31';

export function createTimelineRepo(db: Db) {
  const reflectionDays = db.prepare<[string, string], { date: string; count: number }>(
    `SELECT entry_date AS date, count(*) AS count FROM reflections
     WHERE entry_date BETWEEN ? AND ? GROUP BY entry_date ORDER BY entry_date`,
  );
  // 'weekday 0' moves to the coming Sunday (or stays on one); six days back is that ISO week's Monday.
  const valueWeeks = db.prepare<[string, string], { week: string; valueId: string; count: number }>(
    `SELECT date(r.entry_date, 'weekday 0', '-6 days') AS week, rv.value_id AS valueId, count(*) AS count
     FROM reflection_values rv JOIN reflections r ON r.id = rv.reflection_id
     WHERE r.entry_date BETWEEN ? AND ? GROUP BY week, rv.value_id ORDER BY week, rv.value_id`,
  );
  // An experiment without an end runs on to today, so it touches every range after its start.
  const experimentSpans = db.prepare<[string, string], ExperimentSpanRow>(
    `SELECT id, title, status, planned_start, planned_end, actual_start, actual_end FROM experiments
     WHERE coalesce(actual_start, planned_start) IS NOT NULL
       AND coalesce(actual_start, planned_start) <= ?
       AND (coalesce(actual_end, planned_end) IS NULL OR max(coalesce(actual_end, planned_end), coalesce(actual_start, planned_start)) >= ?)
     ORDER BY coalesce(actual_start, planned_start), id`,
  );
  const versionPoints = db.prepare<[], { id: string; createdAt: string; note: string }>(
    'SELECT id, created_at AS createdAt, change_note AS note FROM strategy_versions ORDER BY created_at, id',
  );

  return {
    summary({ from = EARLIEST, to = LATEST }: TimelineSummaryInput): TimelineSummary {
      return db.transaction(() => ({
        reflectionDays: reflectionDays.all(from, to),
        valueWeeks: valueWeeks.all(from, to),
        experiments: experimentSpans.all(to, from).map((row) => ({
          id: row.id,
          title: row.title,
          status: row.status,
          plannedStart: row.planned_start,
          plannedEnd: row.planned_end,
          actualStart: row.actual_start,
          actualEnd: row.actual_end,
        })),
        versions: versionPoints.all(),
      }))();
    },
  };
}

export type TimelineRepo = ReturnType<typeof createTimelineRepo>;
