// The fields of a person met and a place visited (both carry notes and a follow-up date), controlled by their owner:
// an edit saves as typed, a new one is kept as a draft until it is added.
import type { ReactNode } from 'react';
import type { Person, Place } from '../../../shared/domain/experiment';

export type PersonFields = {
  name: string;
  where: string;
  learned: string;
  canGive: string;
  notes: string;
  followUpDate: string | null;
};
export type PlaceFields = {
  name: string;
  mode: Place['mode'];
  where: string;
  notes: string;
  followUpDate: string | null;
};

export const emptyPerson: PersonFields = { name: '', where: '', learned: '', canGive: '', notes: '', followUpDate: null };
export const emptyPlace: PlaceFields = { name: '', mode: 'in_person', where: '', notes: '', followUpDate: null };

export function personFieldsOf(person: Person): PersonFields {
  const { name, where, learned, canGive, notes, followUpDate } = person;
  return { name, where, learned, canGive, notes, followUpDate };
}

export function placeFieldsOf(place: Place): PlaceFields {
  const { name, mode, where, notes, followUpDate } = place;
  return { name, mode, where, notes, followUpDate };
}

export interface FormProps<T> {
  label: string;
  fields: T;
  onEdit(patch: Partial<T>): void;
  onSubmit(): void;
  /** Flushes the saver as focus leaves a field. */
  onBlur(): void;
  /** The buttons and save state under the fields. */
  children: ReactNode;
}

/** What a person's and a place's forms share: added only with a name, then notes, a follow-up date and the actions. */
function ContactFormShell<T extends { name: string; notes: string; followUpDate: string | null }>({
  label,
  fields,
  onEdit,
  onSubmit,
  onBlur,
  children,
  before,
}: FormProps<T> & { before: ReactNode }) {
  return (
    <form
      className="contact-form"
      aria-label={label}
      onBlur={onBlur}
      onSubmit={(event) => {
        event.preventDefault();
        if (fields.name.trim()) onSubmit();
      }}
    >
      {before}
      <label className="field">
        <span>Notes</span>
        <textarea dir="auto" rows={2} maxLength={20_000} value={fields.notes} onChange={(event) => onEdit({ notes: event.target.value } as Partial<T>)} />
      </label>
      <label className="field field-narrow">
        <span>Follow up on</span>
        <input
          type="date"
          value={fields.followUpDate ?? ''}
          onChange={(event) => onEdit({ followUpDate: event.target.value || null } as Partial<T>)}
        />
      </label>
      <div className="contact-form-actions">{children}</div>
    </form>
  );
}

export function PersonForm(props: FormProps<PersonFields>) {
  const { fields, onEdit } = props;
  const text = (field: 'name' | 'where' | 'learned' | 'canGive') => ({
    value: fields[field],
    onChange: (event: { target: { value: string } }) => onEdit({ [field]: event.target.value }),
  });
  return (
    <ContactFormShell
      {...props}
      before={
        <>
          <div className="field-row field-row-2">
            <label className="field">
              <span>Name</span>
              <input dir="auto" required autoFocus maxLength={200} {...text('name')} />
            </label>
            <label className="field">
              <span>Where we met</span>
              <input dir="auto" maxLength={500} {...text('where')} />
            </label>
          </div>
          <div className="field-row field-row-2">
            <label className="field">
              <span>What I learned</span>
              <textarea dir="auto" rows={2} maxLength={20_000} {...text('learned')} />
            </label>
            <label className="field">
              <span>What I can give</span>
              <textarea dir="auto" rows={2} maxLength={20_000} {...text('canGive')} />
            </label>
          </div>
        </>
      }
    />
  );
}

export function PlaceForm(props: FormProps<PlaceFields>) {
  const { fields, onEdit } = props;
  return (
    <ContactFormShell
      {...props}
      before={
        <>
          <div className="field-row field-row-2">
            <label className="field">
              <span>Community or venue</span>
              <input dir="auto" required autoFocus maxLength={200} value={fields.name} onChange={(event) => onEdit({ name: event.target.value })} />
            </label>
            <label className="field">
              <span>Online or in person</span>
              <select value={fields.mode} onChange={(event) => onEdit({ mode: event.target.value as Place['mode'] })}>
                <option value="in_person">In person</option>
                <option value="online">Online</option>
              </select>
            </label>
          </div>
          <label className="field">
            <span>Where (address or link)</span>
            <input dir="auto" maxLength={500} value={fields.where} onChange={(event) => onEdit({ where: event.target.value })} />
          </label>
        </>
      }
    />
  );
}
