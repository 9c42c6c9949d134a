// Recently deleted: moves a deleted item out of the live tables with its links, restores it, and deletes it for good.
import { shortened } from '../../../shared/domain/text';
import { AppError } from '../../../shared/errors';
import type { ExportedTrashEntry, TrashedPayload } from '../../../shared/domain/interchange/cairnJson';
import { purgeCutoff, purgeTime, type Tombstone, type TrashItem, type TrashKind } from '../../../shared/domain/trash';
import {
  restoreExperiments,
  restorePeople,
  restorePlaces,
  restorePrompts,
  restoreReflections,
  restoreValues,
} from '../interchange/restoreCairn';
import type { Db } from '../store/open';
import type { ExperimentsRepo } from './experimentsRepo';
import type { HistoryRepo } from './historyRepo';
import type { PromptsRepo } from './promptsRepo';
import type { Clock } from '../clock';
import type { ReflectionsRepo } from './reflectionsRepo';
import type { ValuesRepo } from './valuesRepo';

interface TrashDeps {
  reflections: ReflectionsRepo;
  experiments: ExperimentsRepo;
  values: ValuesRepo;
  prompts: PromptsRepo;
  history: HistoryRepo;
}

interface TrashRow {
  kind: TrashKind;
  id: string;
  deleted_at: string;
  title: string;
  detail: string;
  payload: string;
}

/** How much of an untitled reflection's text names it in the list. */
const EXCERPT_LENGTH = 80;

function excerpt(title: string, body: string): string {
  const text = title.trim() !== '' ? title : body.replace(/\s+/g, ' ').trim();
  return shortened(text, EXCERPT_LENGTH) || 'Untitled reflection';
}

export function createTrashRepo(db: Db, deps: TrashDeps, clock: Clock) {
  const writeTombstone = db.prepare<[string, string, string]>(
    'INSERT INTO tombstones (kind, id, deleted_at) VALUES (?, ?, ?) ON CONFLICT (kind, id) DO UPDATE SET deleted_at = excluded.deleted_at',
  );
  const insertTrash = db.prepare(
    'INSERT INTO trash (kind, id, deleted_at, title, detail, payload) VALUES (@kind, @id, @deletedAt, @title, @detail, @payload)',
  );
  const selectOne = db.prepare<[string, string], TrashRow>('SELECT * FROM trash WHERE kind = ? AND id = ?');
  const selectAll = db.prepare<[], TrashRow>('SELECT * FROM trash ORDER BY deleted_at DESC, kind, id');
  const selectDue = db.prepare<[string], TrashRow>('SELECT * FROM trash WHERE deleted_at < ?');
  const setPayload = db.prepare<[string, string, string]>('UPDATE trash SET payload = ? WHERE kind = ? AND id = ?');
  const removeTrash = db.prepare<[string, string]>('DELETE FROM trash WHERE kind = ? AND id = ?');
  const removeTombstone = db.prepare<[string, string]>('DELETE FROM tombstones WHERE kind = ? AND id = ?');
  const importKeysOf = db.prepare<[string], { fingerprint: string }>('SELECT fingerprint FROM import_fingerprints WHERE reflection_id = ?');
  const keepImportKey = db.prepare<[string, string]>('INSERT OR IGNORE INTO import_fingerprints (fingerprint, reflection_id) VALUES (?, ?)');
  const exists: Record<'reflection' | 'experiment' | 'value' | 'prompt', ReturnType<typeof db.prepare<[string], { one: number }>>> = {
    reflection: db.prepare('SELECT 1 AS one FROM reflections WHERE id = ?'),
    experiment: db.prepare('SELECT 1 AS one FROM experiments WHERE id = ?'),
    value: db.prepare('SELECT 1 AS one FROM personal_values WHERE id = ?'),
    prompt: db.prepare('SELECT 1 AS one FROM prompts WHERE id = ?'),
  };
  const linkedIds = (sql: string, id: string) => db.prepare<[string], { id: string }>(sql).all(id).map((row) => row.id);
  const isLive = (kind: keyof typeof exists, id: string) => exists[kind].get(id) !== undefined;
  const parse = (row: TrashRow) => JSON.parse(row.payload) as TrashedPayload;

  /** The item as it is now, with every link that deleting it from the live tables would cut. */
  function snapshot(kind: TrashKind, id: string): { payload: TrashedPayload; title: string; detail: string } {
    switch (kind) {
      case 'reflection': {
        const item = deps.reflections.get(id);
        // Leaving the live table takes its import fingerprints with it (the rows cascade); the payload keeps them.
        const importKeys = importKeysOf.all(id).map((row) => row.fingerprint);
        return { payload: { kind, item, ...(importKeys.length > 0 && { importKeys }) }, title: excerpt(item.title, item.body), detail: item.entryDate };
      }
      case 'experiment': {
        const { people, places, ...experiment } = deps.experiments.get(id);
        const item = {
          ...experiment,
          people: people.map(({ experimentId: _, ...person }) => person),
          places: places.map(({ experimentId: _, ...place }) => place),
        };
        const reflectionIds = linkedIds('SELECT reflection_id AS id FROM reflection_experiments WHERE experiment_id = ?', id);
        return { payload: { kind, item, reflectionIds }, title: item.title, detail: '' };
      }
      case 'value': {
        const item = deps.values.get(id);
        return {
          payload: {
            kind,
            item,
            reflectionIds: linkedIds('SELECT reflection_id AS id FROM reflection_values WHERE value_id = ?', id),
            experimentIds: linkedIds('SELECT experiment_id AS id FROM experiment_values WHERE value_id = ?', id),
          },
          title: item.label,
          detail: '',
        };
      }
      case 'person': {
        const { experimentId, ...item } = deps.experiments.getPerson(id);
        return { payload: { kind, item, experimentId }, title: item.name, detail: deps.experiments.get(experimentId).title };
      }
      case 'place': {
        const { experimentId, ...item } = deps.experiments.getPlace(id);
        return { payload: { kind, item, experimentId }, title: item.name, detail: deps.experiments.get(experimentId).title };
      }
      case 'prompt': {
        const item = deps.prompts.exportRow(id);
        if (item.builtIn) throw new AppError('VALIDATION', 'Built-in prompts cannot be deleted; hide them instead.');
        const reflectionIds = linkedIds('SELECT id FROM reflections WHERE prompt_id = ?', id);
        return { payload: { kind, item, reflectionIds }, title: item.text, detail: item.group };
      }
    }
  }

  function removeLive(kind: TrashKind, id: string): void {
    if (kind === 'reflection') deps.reflections.remove(id);
    else if (kind === 'experiment') deps.experiments.remove(id);
    else if (kind === 'value') deps.values.remove(id);
    else if (kind === 'person') deps.experiments.removePerson(id);
    else if (kind === 'place') deps.experiments.removePlace(id);
    else deps.prompts.remove(id);
  }

  /** Adds a link to an item that waits in the trash, so restoring that item brings the link back. */
  function amend(kind: TrashKind, id: string, change: (payload: TrashedPayload) => void): void {
    const row = selectOne.get(kind, id);
    if (!row) return;
    const payload = parse(row);
    change(payload);
    setPayload.run(JSON.stringify(payload), kind, id);
  }

  const addId = (list: string[], id: string) => {
    if (!list.includes(id)) list.push(id);
  };

  /** Splits link targets into those alive now and those waiting in the trash (which get the link back instead). */
  function liveOrAmend(kind: 'reflection' | 'experiment' | 'value', ids: readonly string[], amendOne: (payload: TrashedPayload) => void): string[] {
    return ids.filter((target) => {
      if (isLive(kind, target)) return true;
      amend(kind, target, amendOne);
      return false;
    });
  }

  function restorePayload(payload: TrashedPayload): void {
    switch (payload.kind) {
      case 'reflection': {
        const { item } = payload;
        const reflectionId = item.id;
        const valueIds = liveOrAmend('value', item.valueIds, (p) => p.kind === 'value' && addId(p.reflectionIds, reflectionId));
        const experimentIds = liveOrAmend('experiment', item.experimentIds, (p) => p.kind === 'experiment' && addId(p.reflectionIds, reflectionId));
        let promptId = item.promptId;
        if (promptId !== null && !isLive('prompt', promptId)) {
          amend('prompt', promptId, (p) => p.kind === 'prompt' && addId(p.reflectionIds, reflectionId));
          promptId = null;
        }
        restoreReflections(db, [{ ...item, valueIds, experimentIds, promptId }]);
        // A fingerprint a later import gave to a copy of this entry stays with that copy.
        for (const key of payload.importKeys ?? []) keepImportKey.run(key, reflectionId);
        return;
      }
      case 'experiment': {
        const { item } = payload;
        const valueIds = liveOrAmend('value', item.valueIds, (p) => p.kind === 'value' && addId(p.experimentIds, item.id));
        restoreExperiments(db, [{ ...item, valueIds }]);
        const link = db.prepare<[string, string]>('INSERT OR IGNORE INTO reflection_experiments (reflection_id, experiment_id) VALUES (?, ?)');
        for (const id of liveOrAmend('reflection', payload.reflectionIds, (p) => p.kind === 'reflection' && addId(p.item.experimentIds, item.id))) {
          link.run(id, item.id);
        }
        return;
      }
      case 'value': {
        const { item } = payload;
        restoreValues(db, [item]);
        const linkReflection = db.prepare<[string, string]>('INSERT OR IGNORE INTO reflection_values (reflection_id, value_id) VALUES (?, ?)');
        for (const id of liveOrAmend('reflection', payload.reflectionIds, (p) => p.kind === 'reflection' && addId(p.item.valueIds, item.id))) {
          linkReflection.run(id, item.id);
        }
        const linkExperiment = db.prepare<[string, string]>('INSERT OR IGNORE INTO experiment_values (experiment_id, value_id) VALUES (?, ?)');
        for (const id of liveOrAmend('experiment', payload.experimentIds, (p) => p.kind === 'experiment' && addId(p.item.valueIds, item.id))) {
          linkExperiment.run(id, item.id);
        }
        return;
      }
      case 'person':
      case 'place': {
        if (!isLive('experiment', payload.experimentId)) {
          const parent = selectOne.get('experiment', payload.experimentId);
          throw new AppError(
            'VALIDATION',
            parent
              ? `This ${payload.kind} belongs to the experiment “${parent.title}”, which is in Recently deleted too. Restore the experiment first.`
              : `The experiment this ${payload.kind} belonged to was deleted for good, so it cannot come back.`,
          );
        }
        if (payload.kind === 'person') restorePeople(db, payload.experimentId, [payload.item]);
        else restorePlaces(db, payload.experimentId, [payload.item]);
        return;
      }
      case 'prompt': {
        const { item } = payload;
        restorePrompts(db, [item]);
        const relink = db.prepare<[string, string]>('UPDATE reflections SET prompt_id = ? WHERE id = ? AND prompt_id IS NULL');
        for (const id of payload.reflectionIds) {
          if (isLive('reflection', id)) relink.run(item.id, id);
          else amend('reflection', id, (p) => p.kind === 'reflection' && p.item.promptId === null && (p.item.promptId = item.id));
        }
        return;
      }
    }
  }

  /** Deleting for good: the trash row goes, the tombstone stays; a reflection's history and an experiment's people go too. */
  function purge(row: Pick<TrashRow, 'kind' | 'id'>): void {
    removeTrash.run(row.kind, row.id);
    if (row.kind === 'reflection') deps.history.removeAll(row.id);
    if (row.kind === 'experiment') {
      for (const child of selectAll.all()) {
        const payload = parse(child);
        if ((payload.kind === 'person' || payload.kind === 'place') && payload.experimentId === row.id) removeTrash.run(child.kind, child.id);
      }
    }
  }

  function toItem(row: TrashRow): TrashItem {
    return { kind: row.kind, id: row.id, title: row.title, detail: row.detail, deletedAt: row.deleted_at, purgeAt: purgeTime(row.deleted_at) };
  }

  function requireRow(kind: TrashKind, id: string): TrashRow {
    const row = selectOne.get(kind, id);
    if (!row) throw new AppError('NOT_FOUND', 'That item is no longer in Recently deleted.');
    return row;
  }

  return {
    /** What every delete operation does: the item leaves the live tables at once and waits in the trash. */
    moveToTrash(kind: TrashKind, id: string): void {
      db.transaction(() => {
        const { payload, title, detail } = snapshot(kind, id);
        removeLive(kind, id);
        const deletedAt = clock().toISOString();
        writeTombstone.run(kind, id, deletedAt);
        insertTrash.run({ kind, id, deletedAt, title, detail, payload: JSON.stringify(payload) });
      })();
    },

    list(): TrashItem[] {
      return selectAll.all().map(toItem);
    },

    /** Puts the item back with every link whose other end is alive; links to items still in the trash wait for them. */
    restore(kind: TrashKind, id: string): void {
      db.transaction(() => {
        const row = requireRow(kind, id);
        restorePayload(parse(row));
        // Alive again: sync must not treat it as deleted.
        removeTombstone.run(kind, id);
      })();
    },

    deleteForever(kind: TrashKind, id: string): void {
      db.transaction(() => purge(requireRow(kind, id)))();
    },

    empty(): number {
      return db.transaction(() => {
        const rows = selectAll.all();
        for (const row of rows) purge(row);
        return rows.length;
      })();
    },

    /** Housekeeping: deletes for good what has waited longer than the retention period. Returns how many. */
    purgeExpired(): number {
      return db.transaction(() => {
        const due = selectDue.all(purgeCutoff(clock()));
        for (const row of due) if (selectOne.get(row.kind, row.id)) purge(row);
        return due.length;
      })();
    },

    /** For export: the trash as it is, and every tombstone. */
    entries(): ExportedTrashEntry[] {
      return selectAll.all().map((row) => ({ deletedAt: row.deleted_at, title: row.title, detail: row.detail, payload: parse(row) }));
    },

    tombstones(): Tombstone[] {
      return db
        .prepare<[], { kind: TrashKind; id: string; deleted_at: string }>('SELECT kind, id, deleted_at FROM tombstones ORDER BY deleted_at, kind, id')
        .all()
        .map((row) => ({ kind: row.kind, id: row.id, deletedAt: row.deleted_at }));
    },

  };
}

export type TrashRepo = ReturnType<typeof createTrashRepo>;
