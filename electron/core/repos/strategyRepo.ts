// The strategy draft (one row) and its immutable versions, each capturing the values as they were.
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import type { StrategyDraft, StrategySave, StrategyVersion } from '../../../shared/domain/strategy';
import type { Db } from '../store/open';
import { systemClock, type Clock } from '../clock';
import type { ValuesRepo } from './valuesRepo';

interface DraftRow {
  aspiration: string;
  strengths: string;
  impact: string;
  layout_json: string;
  updated_at: string | null;
}

interface VersionRow {
  id: string;
  created_at: string;
  aspiration: string;
  strengths: string;
  impact: string;
  values_json: string;
  layout_json: string;
  change_note: string;
}

function toDraft(row: DraftRow): StrategyDraft {
  return {
    aspiration: row.aspiration,
    strengths: row.strengths,
    impact: row.impact,
    layout: JSON.parse(row.layout_json) as StrategyDraft['layout'],
    updatedAt: row.updated_at,
  };
}

function toVersion(row: VersionRow): StrategyVersion {
  return {
    id: row.id,
    createdAt: row.created_at,
    aspiration: row.aspiration,
    strengths: row.strengths,
    impact: row.impact,
    values: JSON.parse(row.values_json) as StrategyVersion['values'],
    layout: JSON.parse(row.layout_json) as StrategyVersion['layout'],
    changeNote: row.change_note,
  };
}

export function createStrategyRepo(db: Db, values: ValuesRepo, clock: Clock = systemClock) {
  const selectDraft = db.prepare<[], DraftRow>('SELECT * FROM strategy WHERE id = 1');
  const updateDraft = db.prepare(
    `UPDATE strategy SET aspiration = @aspiration, strengths = @strengths, impact = @impact,
       layout_json = @layout, updated_at = @now WHERE id = 1`,
  );
  const insertVersion = db.prepare(
    `INSERT INTO strategy_versions (id, created_at, aspiration, strengths, impact, values_json, layout_json, change_note)
     VALUES (@id, @now, @aspiration, @strengths, @impact, @values, @layout, @changeNote)`,
  );
  const selectVersion = db.prepare<[string], VersionRow>('SELECT * FROM strategy_versions WHERE id = ?');
  const listVersions = db.prepare<[number, number], VersionRow>(
    'SELECT * FROM strategy_versions ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?',
  );
  const countVersions = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM strategy_versions');

  function draft(): StrategyDraft {
    const row = selectDraft.get();
    if (!row) throw new AppError('INTERNAL', 'The strategy draft is missing from the journal.');
    return toDraft(row);
  }

  function version(id: string): StrategyVersion {
    const row = selectVersion.get(id);
    if (!row) throw new AppError('NOT_FOUND', 'That strategy version does not exist.');
    return toVersion(row);
  }

  return {
    draft,
    version,

    save(changes: StrategySave): StrategyDraft {
      db.transaction(() => {
        const current = draft();
        updateDraft.run({
          aspiration: changes.aspiration ?? current.aspiration,
          strengths: changes.strengths ?? current.strengths,
          impact: changes.impact ?? current.impact,
          layout: JSON.stringify(changes.layout ?? current.layout),
          now: clock().toISOString(),
        });
      })();
      return draft();
    },

    snapshot(changeNote: string): StrategyVersion {
      const id = randomUUID();
      db.transaction(() => {
        const current = draft();
        insertVersion.run({
          id,
          now: clock().toISOString(),
          aspiration: current.aspiration,
          strengths: current.strengths,
          impact: current.impact,
          values: JSON.stringify(values.list(false)),
          layout: JSON.stringify(current.layout),
          changeNote,
        });
      })();
      return version(id);
    },

    versions(limit: number, offset: number): { items: StrategyVersion[]; total: number } {
      return { items: listVersions.all(limit, offset).map(toVersion), total: countVersions.get()?.n ?? 0 };
    },
  };
}

export type StrategyRepo = ReturnType<typeof createStrategyRepo>;
