// A form for a row not created yet (a new experiment, person, note, check-in), kept by the core as a draft under a key:
// read back when the form opens, saved as typed through the one saver, and thrown away only when the row is created
// or the person discards it.
import { useEffect, useState } from 'react';
import type { DraftFields } from '../../../shared/domain/drafts';
import { api } from '../client';
import { useSaver, type SaverOptions } from './useSaver';

export interface DraftForm<F extends DraftFields> {
  fields: F;
  /** True once the stored draft (if any) has been read, so a form can tell "empty" from "not read yet". */
  loaded: boolean;
  /** True when something typed is kept, so the form can offer to discard it. */
  kept: boolean;
  edit(patch: Partial<F>): void;
  /** Drops the draft (typed, saving or stored, and any edits the core refused) and empties the form. */
  discard(): Promise<void>;
  status: ReturnType<typeof useSaver>['status'];
  flush(): Promise<boolean>;
}

export function useDraft<F extends DraftFields>(key: string, empty: F, options: SaverOptions<F> = {}): DraftForm<F> {
  const [fields, setFields] = useState<F>(empty);
  const [loaded, setLoaded] = useState(false);
  const [kept, setKept] = useState(false);
  const { saver, status, discardUnsaved } = useSaver<F>(key, (patch) => api()['drafts.save']({ key, fields: patch as DraftFields }), {
    ...options,
    // Words the core refused to keep come back into the form with its message.
    onRestore: (edits) => {
      setFields((shown) => ({ ...shown, ...edits }));
      setKept(true);
      options.onRestore?.(edits);
    },
  });

  useEffect(() => {
    let current = true;
    const client = api();
    client['drafts.get']({ key })
      .then((draft) => {
        if (!current || !draft) return;
        // Anything typed before the stored draft arrived is newer than it.
        setFields((shown) => ({ ...shown, ...(draft.fields as Partial<F>), ...saver.unsaved() }));
        setKept(true);
      })
      .catch((error: unknown) => options.onFirstFailure?.(error))
      .finally(() => current && setLoaded(true));
    return () => {
      current = false;
    };
    // Read once per key; the options' callbacks do not change what is stored.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, saver]);

  return {
    fields,
    loaded,
    kept,
    status,
    flush: () => saver.flush(),
    edit(patch) {
      setFields((shown) => ({ ...shown, ...patch }));
      setKept(true);
      saver.edit(patch);
    },
    async discard() {
      // A save still in flight must land before the delete, or it would bring the draft back.
      await discardUnsaved();
      await saver.flush();
      await api()['drafts.discard']({ key });
      setFields(empty);
      setKept(false);
    },
  };
}
