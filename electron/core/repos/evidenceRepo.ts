// Every reflection and experiment linked to at least one value, with just enough to count and list them on the Venn diagram.
import type { EvidenceItem } from '../../../shared/domain/evidence';
import type { Db } from '../store/open';
import { jsonList } from './links';

interface EvidenceRow {
  kind: 'reflection' | 'experiment';
  id: string;
  title: string;
  date: string | null;
  valueIds: string;
}

/** How much of an untitled reflection's text stands in for its title. */
const EXCERPT_LENGTH = 120;

export function createEvidenceRepo(db: Db) {
  // One pass over the link tables (both indexed by owner); items with no value links never appear.
  const selectLinked = db.prepare<[number], EvidenceRow>(`
    SELECT 'reflection' AS kind, r.id AS id,
           CASE WHEN r.title <> '' THEN r.title ELSE substr(r.body, 1, ?) END AS title,
           r.entry_date AS date, json_group_array(rv.value_id) AS valueIds
      FROM reflections r JOIN reflection_values rv ON rv.reflection_id = r.id
     GROUP BY r.id
    UNION ALL
    SELECT 'experiment', e.id, e.title, coalesce(e.actual_start, e.planned_start), json_group_array(ev.value_id)
      FROM experiments e JOIN experiment_values ev ON ev.experiment_id = e.id
     GROUP BY e.id
  `);

  return {
    linkedItems(): EvidenceItem[] {
      return selectLinked.all(EXCERPT_LENGTH).map((row) => ({
        kind: row.kind,
        id: row.id,
        title: row.title,
        date: row.date,
        valueIds: jsonList<string>(row.valueIds),
      }));
    },
  };
}
