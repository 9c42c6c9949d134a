// A person or place being edited (each change saved as typed) or added (kept as a draft until added or discarded).
import { useState, type ComponentType } from 'react';
import type { DraftFields } from '../../../shared/domain/drafts';
import { SaveStatus } from '../../app/saver/SaveStatus';
import { useDraft } from '../../app/saver/useDraft';
import { useSaver } from '../../app/saver/useSaver';
import { useErrors } from '../shell/errorStore';
import type { FormProps } from './ContactForms';

type ContactFields = DraftFields & { name: string };

interface EditContactProps<T extends ContactFields> {
  saverKey: string;
  initial: T;
  label: string;
  Form: ComponentType<FormProps<T>>;
  save(patch: Partial<T>): Promise<unknown>;
  failure: string;
  onDone(): void;
}

export function EditContact<T extends ContactFields>({ saverKey, initial, label, Form, save, failure, onDone }: EditContactProps<T>) {
  const [fields, setFields] = useState(initial);
  const { saver, status, discardUnsaved } = useSaver<T>(saverKey, save, {
    onFirstFailure: (error) => useErrors.getState().report(failure, error),
    onRestore: (edits) => setFields((shown) => ({ ...shown, ...edits })),
  });
  function edit(patch: Partial<T>) {
    setFields((shown) => ({ ...shown, ...patch }));
    // A person or place always has a name: while the field is empty the saved one stays.
    if (patch.name !== undefined && !patch.name.trim()) {
      const { name: _empty, ...rest } = patch;
      saver.edit(rest as Partial<T>);
    } else saver.edit(patch);
  }
  return (
    <Form
      label={label}
      fields={fields}
      onEdit={edit}
      onBlur={() => void saver.flush()}
      onSubmit={() => {
        void saver.flush();
        onDone();
      }}
    >
      <SaveStatus status={status} onDiscard={() => void discardUnsaved().then(() => setFields(initial))} />
      <button type="submit" className="button button-primary button-small">
        Done
      </button>
    </Form>
  );
}

interface NewContactProps<T extends ContactFields> {
  draftKey: string;
  empty: T;
  label: string;
  Form: ComponentType<FormProps<T>>;
  create(fields: T): Promise<unknown>;
  failure: string;
  onClose(): void;
}

export function NewContact<T extends ContactFields>({ draftKey, empty, label, Form, create, failure, onClose }: NewContactProps<T>) {
  const draft = useDraft(draftKey, empty, { onFirstFailure: (error) => useErrors.getState().report('Could not keep the draft', error) });
  return (
    <Form
      label={label}
      fields={draft.fields}
      onEdit={draft.edit}
      onBlur={() => void draft.flush()}
      onSubmit={() => {
        void (async () => {
          try {
            await create(draft.fields);
            await draft.discard();
            onClose();
          } catch (error) {
            useErrors.getState().report(failure, error);
          }
        })();
      }}
    >
      {draft.kept && <SaveStatus status={draft.status} />}
      {draft.kept && (
        <button type="button" className="button button-quiet button-small" onClick={() => void draft.discard()}>
          Discard draft
        </button>
      )}
      <button type="button" className="button button-small" onClick={onClose}>
        Cancel
      </button>
      <button type="submit" className="button button-primary button-small">
        {label}
      </button>
    </Form>
  );
}
