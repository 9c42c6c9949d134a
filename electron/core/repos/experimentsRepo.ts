// Experiments with their values tested, and the people and places met along the way.
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import type {
  Experiment,
  ExperimentDraft,
  ExperimentListInput,
  ExperimentPatch,
  Person,
  PersonDraft,
  PersonPatch,
  Place,
  PlaceDraft,
  PlacePatch,
} from '../../../shared/domain/experiment';
import { changeProblem, stateProblem } from '../../../shared/domain/experiments/transitions';
import type { Db } from '../store/open';
import { experimentValuesLink, jsonList, replaceLinks } from './links';
import { systemClock, type Clock } from '../clock';

interface ExperimentRow {
  id: string;
  title: string;
  kind: Experiment['kind'];
  hypothesis: string;
  success_criteria: string;
  stop_criteria: string;
  planned_start: string | null;
  planned_end: string | null;
  actual_start: string | null;
  actual_end: string | null;
  status: Experiment['status'];
  drop_reason: string;
  outcome: string;
  learning: string;
  energy: number | null;
  engagement: number | null;
  value_ids: string;
  created_at: string;
  updated_at: string;
}

interface PersonRow {
  id: string;
  experiment_id: string;
  name: string;
  where_met: string;
  notes: string;
  learned: string;
  can_give: string;
  follow_up_date: string | null;
  created_at: string;
  updated_at: string;
}

interface PlaceRow {
  id: string;
  experiment_id: string;
  name: string;
  mode: Place['mode'];
  location: string;
  notes: string;
  follow_up_date: string | null;
  created_at: string;
  updated_at: string;
}

const COLUMNS = `e.*, (SELECT json_group_array(value_id) FROM experiment_values WHERE experiment_id = e.id) AS value_ids`;

function toPerson(row: PersonRow): Person {
  return {
    id: row.id,
    experimentId: row.experiment_id,
    name: row.name,
    where: row.where_met,
    notes: row.notes,
    learned: row.learned,
    canGive: row.can_give,
    followUpDate: row.follow_up_date,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toPlace(row: PlaceRow): Place {
  return {
    id: row.id,
    experimentId: row.experiment_id,
    name: row.name,
    mode: row.mode,
    where: row.location,
    notes: row.notes,
    followUpDate: row.follow_up_date,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Every editable column with its current or default value, so create and update share one statement shape. */
function columnsOf(source: Omit<Experiment, 'id' | 'valueIds' | 'people' | 'places' | 'createdAt' | 'updatedAt'>) {
  return {
    title: source.title,
    kind: source.kind,
    hypothesis: source.hypothesis,
    successCriteria: source.successCriteria,
    stopCriteria: source.stopCriteria,
    plannedStart: source.plannedStart,
    plannedEnd: source.plannedEnd,
    actualStart: source.actualStart,
    actualEnd: source.actualEnd,
    status: source.status,
    dropReason: source.dropReason,
    outcome: source.outcome,
    learning: source.learning,
    energy: source.energy,
    engagement: source.engagement,
  };
}

const blank = {
  kind: 'other',
  hypothesis: '',
  successCriteria: '',
  stopCriteria: '',
  plannedStart: null,
  plannedEnd: null,
  actualStart: null,
  actualEnd: null,
  status: 'idea',
  dropReason: '',
  outcome: '',
  learning: '',
  energy: null,
  engagement: null,
} as const;

export function createExperimentsRepo(db: Db, clock: Clock = systemClock) {
  const selectOne = db.prepare<[string], ExperimentRow>(`SELECT ${COLUMNS} FROM experiments e WHERE e.id = ?`);
  const peopleOf = db.prepare<[string], PersonRow>('SELECT * FROM experiment_people WHERE experiment_id = ? ORDER BY created_at, id');
  const placesOf = db.prepare<[string], PlaceRow>('SELECT * FROM experiment_places WHERE experiment_id = ? ORDER BY created_at, id');
  const assignments = `title = @title, kind = @kind, hypothesis = @hypothesis, success_criteria = @successCriteria,
    stop_criteria = @stopCriteria, planned_start = @plannedStart, planned_end = @plannedEnd, actual_start = @actualStart,
    actual_end = @actualEnd, status = @status, drop_reason = @dropReason, outcome = @outcome, learning = @learning,
    energy = @energy, engagement = @engagement`;
  const insert = db.prepare(
    `INSERT INTO experiments (id, title, kind, hypothesis, success_criteria, stop_criteria, planned_start, planned_end,
       actual_start, actual_end, status, drop_reason, outcome, learning, energy, engagement, created_at, updated_at)
     VALUES (@id, @title, @kind, @hypothesis, @successCriteria, @stopCriteria, @plannedStart, @plannedEnd,
       @actualStart, @actualEnd, @status, @dropReason, @outcome, @learning, @energy, @engagement, @now, @now)`,
  );
  const updateOne = db.prepare(`UPDATE experiments SET ${assignments}, updated_at = @now WHERE id = @id`);
  const deleteOne = db.prepare<[string]>('DELETE FROM experiments WHERE id = ?');
  const selectPerson = db.prepare<[string], PersonRow>('SELECT * FROM experiment_people WHERE id = ?');
  const insertPerson = db.prepare(
    `INSERT INTO experiment_people (id, experiment_id, name, where_met, notes, learned, can_give, follow_up_date, created_at, updated_at)
     VALUES (@id, @experimentId, @name, @where, @notes, @learned, @canGive, @followUpDate, @now, @now)`,
  );
  const updatePerson = db.prepare(
    `UPDATE experiment_people SET name = @name, where_met = @where, notes = @notes, learned = @learned, can_give = @canGive,
       follow_up_date = @followUpDate, updated_at = @now WHERE id = @id`,
  );
  const deletePerson = db.prepare<[string]>('DELETE FROM experiment_people WHERE id = ?');
  const selectPlace = db.prepare<[string], PlaceRow>('SELECT * FROM experiment_places WHERE id = ?');
  const insertPlace = db.prepare(
    `INSERT INTO experiment_places (id, experiment_id, name, mode, location, notes, follow_up_date, created_at, updated_at)
     VALUES (@id, @experimentId, @name, @mode, @where, @notes, @followUpDate, @now, @now)`,
  );
  const updatePlace = db.prepare(
    `UPDATE experiment_places SET name = @name, mode = @mode, location = @where, notes = @notes,
       follow_up_date = @followUpDate, updated_at = @now WHERE id = @id`,
  );
  const deletePlace = db.prepare<[string]>('DELETE FROM experiment_places WHERE id = ?');

  function toExperiment(row: ExperimentRow): Experiment {
    return {
      id: row.id,
      title: row.title,
      kind: row.kind,
      hypothesis: row.hypothesis,
      successCriteria: row.success_criteria,
      stopCriteria: row.stop_criteria,
      plannedStart: row.planned_start,
      plannedEnd: row.planned_end,
      actualStart: row.actual_start,
      actualEnd: row.actual_end,
      status: row.status,
      dropReason: row.drop_reason,
      outcome: row.outcome,
      learning: row.learning,
      energy: row.energy,
      engagement: row.engagement,
      valueIds: jsonList<string>(row.value_ids),
      people: peopleOf.all(row.id).map(toPerson),
      places: placesOf.all(row.id).map(toPlace),
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  }

  function get(id: string): Experiment {
    const row = selectOne.get(id);
    if (!row) throw new AppError('NOT_FOUND', 'That experiment no longer exists.');
    return toExperiment(row);
  }

  function getPerson(id: string): Person {
    const row = selectPerson.get(id);
    if (!row) throw new AppError('NOT_FOUND', 'That person is no longer in this experiment.');
    return toPerson(row);
  }

  function getPlace(id: string): Place {
    const row = selectPlace.get(id);
    if (!row) throw new AppError('NOT_FOUND', 'That place is no longer in this experiment.');
    return toPlace(row);
  }

  return {
    get,
    getPerson,
    getPlace,

    list(input: ExperimentListInput): { items: Experiment[]; total: number } {
      const where: string[] = [];
      const params: string[] = [];
      if (input.status && input.status.length > 0) {
        where.push(`e.status IN (${input.status.map(() => '?').join(', ')})`);
        params.push(...input.status);
      }
      if (input.valueId) {
        where.push('EXISTS (SELECT 1 FROM experiment_values ev WHERE ev.experiment_id = e.id AND ev.value_id = ?)');
        params.push(input.valueId);
      }
      const condition = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
      const total = db.prepare<string[], { n: number }>(`SELECT count(*) AS n FROM experiments e ${condition}`).get(...params)?.n ?? 0;
      const rows = db
        .prepare<(string | number)[], ExperimentRow>(
          `SELECT ${COLUMNS} FROM experiments e ${condition} ORDER BY e.updated_at DESC, e.id LIMIT ? OFFSET ?`,
        )
        .all(...params, input.limit, input.offset);
      return { items: rows.map(toExperiment), total };
    },

    create(draft: ExperimentDraft): Experiment {
      const id = randomUUID();
      const problem = stateProblem({ ...blank, ...draft });
      if (problem) throw new AppError('VALIDATION', problem);
      db.transaction(() => {
        insert.run({ id, ...columnsOf({ ...blank, ...draft }), now: clock().toISOString() });
        if (draft.valueIds) replaceLinks(db, experimentValuesLink, id, draft.valueIds);
      })();
      return get(id);
    },

    update(patch: ExperimentPatch): Experiment {
      db.transaction(() => {
        const current = get(patch.id);
        const merged = { ...current, ...Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) };
        const problem = changeProblem(current, merged);
        if (problem) throw new AppError('VALIDATION', problem);
        updateOne.run({ id: patch.id, ...columnsOf(merged), now: clock().toISOString() });
        if (patch.valueIds) replaceLinks(db, experimentValuesLink, patch.id, patch.valueIds);
      })();
      return get(patch.id);
    },

    remove(id: string): void {
      if (deleteOne.run(id).changes === 0) throw new AppError('NOT_FOUND', 'That experiment no longer exists.');
    },

    addPerson(draft: PersonDraft): Person {
      const id = randomUUID();
      get(draft.experimentId);
      insertPerson.run({
        id,
        experimentId: draft.experimentId,
        name: draft.name,
        where: draft.where ?? '',
        notes: draft.notes ?? '',
        learned: draft.learned ?? '',
        canGive: draft.canGive ?? '',
        followUpDate: draft.followUpDate ?? null,
        now: clock().toISOString(),
      });
      return getPerson(id);
    },

    updatePerson(patch: PersonPatch): Person {
      db.transaction(() => {
        const current = getPerson(patch.id);
        updatePerson.run({
          id: patch.id,
          name: patch.name ?? current.name,
          where: patch.where ?? current.where,
          notes: patch.notes ?? current.notes,
          learned: patch.learned ?? current.learned,
          canGive: patch.canGive ?? current.canGive,
          followUpDate: patch.followUpDate === undefined ? current.followUpDate : patch.followUpDate,
          now: clock().toISOString(),
        });
      })();
      return getPerson(patch.id);
    },

    removePerson(id: string): void {
      if (deletePerson.run(id).changes === 0) throw new AppError('NOT_FOUND', 'That person is no longer in this experiment.');
    },

    addPlace(draft: PlaceDraft): Place {
      const id = randomUUID();
      get(draft.experimentId);
      insertPlace.run({
        id,
        experimentId: draft.experimentId,
        name: draft.name,
        mode: draft.mode ?? 'in_person',
        where: draft.where ?? '',
        notes: draft.notes ?? '',
        followUpDate: draft.followUpDate ?? null,
        now: clock().toISOString(),
      });
      return getPlace(id);
    },

    updatePlace(patch: PlacePatch): Place {
      db.transaction(() => {
        const current = getPlace(patch.id);
        updatePlace.run({
          id: patch.id,
          name: patch.name ?? current.name,
          mode: patch.mode ?? current.mode,
          where: patch.where ?? current.where,
          notes: patch.notes ?? current.notes,
          followUpDate: patch.followUpDate === undefined ? current.followUpDate : patch.followUpDate,
          now: clock().toISOString(),
        });
      })();
      return getPlace(patch.id);
    },

    removePlace(id: string): void {
      if (deletePlace.run(id).changes === 0) throw new AppError('NOT_FOUND', 'That place is no longer in this experiment.');
    },
  };
}

export type ExperimentsRepo = ReturnType<typeof createExperimentsRepo>;
