// Insight's reads (Insight and reviews): each reflection's day, ratings and links in one query, and the names in another.
import { computeInsight, emptyInsight, type ListedEntry } from '../../../shared/domain/insight/insight';
import type { InsightNames, NamedValue } from '../../../shared/domain/insight/insightEntry';
import type { InsightInput, InsightSummary } from '../../../shared/domain/insight/insightSchema';
import type { Db } from '../store/open';
import { jsonList } from './links';

interface EntryRow {
  id: string;
  date: string;
  title: string;
  lead: string;
  energy: number | null;
  engagement: number | null;
  valueIds: string;
  tags: string;
  experimentIds: string;
  personIds: string;
}

interface RunRow {
  id: string;
  title: string;
  start: string;
  end: string | null;
  energy: number | null;
  engagement: number | null;
  valueIds: string;
}

interface NameRow {
  kind: 'value' | 'experiment' | 'person';
  id: string;
  name: string;
  colour: string;
  named: number;
}

/** Calendar dates compare as text; these bounds stand in for an open end. */
const EARLIEST = '0000-01-01';
const LATEST = '9999-12-31';

export function createInsightRepo(db: Db) {
  // The text is never read: only an untitled entry's first characters, which its list line is made from.
  const entries = db.prepare<[string, string], EntryRow>(
    `SELECT r.id, r.entry_date AS date, r.title,
       CASE WHEN trim(r.title) = '' THEN substr(r.body, 1, 120) ELSE '' END AS lead,
       r.energy, r.engagement,
       (SELECT json_group_array(value_id) FROM reflection_values WHERE reflection_id = r.id) AS valueIds,
       (SELECT json_group_array(t.name) FROM reflection_tags rt JOIN tags t ON t.id = rt.tag_id WHERE rt.reflection_id = r.id) AS tags,
       (SELECT json_group_array(experiment_id) FROM reflection_experiments WHERE reflection_id = r.id) AS experimentIds,
       (SELECT json_group_array(p.id) FROM reflection_experiments re JOIN experiment_people p ON p.experiment_id = re.experiment_id
         WHERE re.reflection_id = r.id) AS personIds
     FROM reflections r WHERE r.entry_date BETWEEN ? AND ? ORDER BY r.entry_date, r.created_at, r.id`,
  );
  // Values in the strategy's order (archived ones too: an old reflection may carry one), experiments and their people.
  const names = db.prepare<[], NameRow>(
    `SELECT 'value' AS kind, id, label AS name, colour, archived_at IS NULL AS named, position, created_at FROM personal_values
     UNION ALL SELECT 'experiment', id, title, '', 0, 0, '' FROM experiments
     UNION ALL SELECT 'person', id, name, '', 0, 0, '' FROM experiment_people
     ORDER BY position, created_at`,
  );

  // Experiments that ran, with the values they test: a value lived in an experiment counts beside the reflections.
  const runs = db.prepare<[], RunRow>(
    `SELECT e.id, e.title, e.actual_start AS start, e.actual_end AS end, e.energy, e.engagement,
       (SELECT json_group_array(value_id) FROM experiment_values WHERE experiment_id = e.id) AS valueIds
     FROM experiments e WHERE e.actual_start IS NOT NULL ORDER BY e.actual_start, e.id`,
  );

  function readNames(): InsightNames {
    const values: NamedValue[] = [];
    const valueLabels = new Map<string, string>();
    const experiments = new Map<string, string>();
    const people = new Map<string, string>();
    for (const row of names.all()) {
      if (row.kind === 'value') {
        valueLabels.set(row.id, row.name);
        if (row.named) values.push({ id: row.id, label: row.name, colour: row.colour });
      } else (row.kind === 'experiment' ? experiments : people).set(row.id, row.name);
    }
    const experimentRuns = runs.all().map((row) => ({
      id: row.id,
      title: row.title,
      valueIds: jsonList<string>(row.valueIds),
      from: row.start,
      to: row.end,
      energy: row.energy,
      engagement: row.engagement,
    }));
    return { values, valueLabels, experiments, people, experimentRuns };
  }

  /** The reflections between two days (both inclusive), in date order, as Insight's figures take them. */
  function listed(from: string, to: string): ListedEntry[] {
    return entries.all(from, to).map((row) => ({
      id: row.id,
      date: row.date,
      title: row.title,
      lead: row.lead,
      energy: row.energy,
      engagement: row.engagement,
      valueIds: jsonList<string>(row.valueIds),
      tags: jsonList<string>(row.tags),
      experimentIds: jsonList<string>(row.experimentIds),
      personIds: jsonList<string>(row.personIds),
    }));
  }

  return {
    listed,
    names: readNames,

    summary({ period, from, to }: InsightInput): InsightSummary {
      return db.transaction(() => {
        const all = listed(from ?? EARLIEST, to ?? LATEST);
        const first = from ?? all[0]?.date;
        const last = to ?? all.at(-1)?.date;
        if (first === undefined || last === undefined) return emptyInsight(period);
        return computeInsight(all, readNames(), { period, from: first, to: last });
      })();
    },
  };
}

export type InsightRepo = ReturnType<typeof createInsightRepo>;
