// Edits the core refused as they stand (an end before a start, a cleared name) kept as a draft `refused-<key>` with
// the core's message, so a reload or a crash never drops what was typed while it waits to be fixed or discarded.
import { draftKeySchema, type Draft, type DraftFields } from '../../../shared/domain/drafts';
import type { Api } from '../api';
import { api } from '../client';
import type { Autosaver } from './autosave';
import { describeSaveFailure, isRefusal } from './saveStatus';

type DraftsClient = Pick<Api, 'drafts.get' | 'drafts.save' | 'drafts.discard'>;

export interface KeptRefusal<P extends object> {
  edits: Partial<P>;
  /** What the core said when it refused them. */
  message: string;
}

export interface KeptRefusals {
  /** Wraps a saver's `save`: a refusal is kept before it is rethrown, a later success throws the kept one away. */
  keeping<P extends object>(key: string, save: (patch: Partial<P>) => Promise<void>): (patch: Partial<P>) => Promise<void>;
  /** The refused edits kept under `key` (from this page or an earlier one), or null. */
  read<P extends object>(key: string): Promise<KeptRefusal<P> | null>;
  /** The person chose the saved value over the refused one. */
  discard(key: string): Promise<void>;
  /**
   * As a surface opens, hands the refused edits kept under `key` back to it (anything typed since it opened stays over
   * them) and has its saver try them once more; `refused` then gets the core's message to show beside them.
   */
  restore<P extends object>(key: string, saver: Autosaver<P>, hooks: RestoreHooks<P>): Promise<void>;
}

export interface RestoreHooks<P extends object> {
  /** Puts the kept edits back in the surface's fields. */
  show(edits: Partial<P>): void;
  refused(message: string): void;
  /** False once the surface has closed or moved on, so late answers change nothing. */
  isCurrent?(): boolean;
}

/** The draft key a saver's refused edits live under; null when the saver's key cannot name a draft. */
export function refusalKey(key: string): string | null {
  const draftKey = `refused-${key}`;
  return draftKeySchema.safeParse(draftKey).success ? draftKey : null;
}

export function createKeptRefusals(client: () => DraftsClient): KeptRefusals {
  // Keys with a refusal stored, so a successful save sends a discard only when there is something to discard.
  const stored = new Set<string>();
  // One queue per key, so a keep and the discard after it reach the core in the order they happened.
  const queues = new Map<string, Promise<unknown>>();

  function enqueue(draftKey: string, write: () => Promise<unknown>): Promise<void> {
    const next = (queues.get(draftKey) ?? Promise.resolve()).then(write).catch(() => undefined);
    queues.set(draftKey, next);
    return next.then(() => undefined);
  }

  function keep(draftKey: string, edits: object, message: string): Promise<void> {
    stored.add(draftKey);
    const fields: DraftFields = { edits: JSON.stringify(edits), message };
    return enqueue(draftKey, () => client()['drafts.save']({ key: draftKey, fields }));
  }

  function release(draftKey: string): Promise<void> {
    if (!stored.delete(draftKey)) return Promise.resolve();
    return enqueue(draftKey, () => client()['drafts.discard']({ key: draftKey }));
  }

  async function read<P extends object>(key: string): Promise<KeptRefusal<P> | null> {
    const draftKey = refusalKey(key);
    if (!draftKey) return null;
    await queues.get(draftKey);
    const draft = await client()['drafts.get']({ key: draftKey });
    const kept = draft && parseKept<P>(draft);
    if (kept) stored.add(draftKey);
    return kept ?? null;
  }

  return {
    keeping(key, save) {
      const draftKey = refusalKey(key);
      if (!draftKey) return save;
      return async (patch) => {
        try {
          await save(patch);
        } catch (error) {
          if (isRefusal(error)) void keep(draftKey, patch, describeSaveFailure(error));
          throw error;
        }
        void release(draftKey);
      };
    },
    read,
    discard(key) {
      const draftKey = refusalKey(key);
      return draftKey ? release(draftKey) : Promise.resolve();
    },
    async restore<P extends object>(key: string, saver: Autosaver<P>, { show, refused, isCurrent = () => true }: RestoreHooks<P>) {
      const kept = await read<P>(key);
      if (!kept || !isCurrent()) return;
      const edits = { ...kept.edits, ...saver.unsaved() };
      show(edits);
      saver.edit(edits);
      refused(kept.message);
    },
  };
}

/** The page's one keeper, over the app's client. */
export const keptRefusals = createKeptRefusals(api);

function parseKept<P extends object>(draft: Draft): KeptRefusal<P> | null {
  const { edits, message } = draft.fields;
  if (typeof edits !== 'string' || typeof message !== 'string') return null;
  try {
    const parsed: unknown = JSON.parse(edits);
    return parsed && typeof parsed === 'object' ? { edits: parsed as Partial<P>, message } : null;
  } catch {
    return null;
  }
}
