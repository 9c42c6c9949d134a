// Forms for a person met and a place visited; both carry notes and a follow-up date.
import { useState } from 'react';
import type { Person, Place } from '../../../shared/domain/experiment';

export interface PersonFields {
  name: string;
  where: string;
  learned: string;
  canGive: string;
  notes: string;
  followUpDate: string | null;
}
export interface PlaceFields {
  name: string;
  mode: Place['mode'];
  where: string;
  notes: string;
  followUpDate: string | null;
}

interface FormProps<T, Initial> {
  initial?: Initial;
  submitLabel: string;
  onSubmit(fields: T): void;
  onCancel(): void;
}

function Actions({ submitLabel, onCancel }: { submitLabel: string; onCancel(): void }) {
  return (
    <div className="contact-form-actions">
      <button type="button" className="button button-small" onClick={onCancel}>
        Cancel
      </button>
      <button type="submit" className="button button-primary button-small">
        {submitLabel}
      </button>
    </div>
  );
}

export function PersonForm({ initial, submitLabel, onSubmit, onCancel }: FormProps<PersonFields, Person>) {
  const [fields, setFields] = useState<PersonFields>({
    name: initial?.name ?? '',
    where: initial?.where ?? '',
    learned: initial?.learned ?? '',
    canGive: initial?.canGive ?? '',
    notes: initial?.notes ?? '',
    followUpDate: initial?.followUpDate ?? null,
  });
  const set = (field: keyof PersonFields) => (event: { target: { value: string } }) =>
    setFields({ ...fields, [field]: field === 'followUpDate' ? event.target.value || null : event.target.value });
  return (
    <form
      className="contact-form"
      aria-label={submitLabel}
      onSubmit={(event) => {
        event.preventDefault();
        if (fields.name.trim()) onSubmit(fields);
      }}
    >
      <div className="field-row field-row-2">
        <label className="field">
          <span>Name</span>
          <input required autoFocus maxLength={200} value={fields.name} onChange={set('name')} />
        </label>
        <label className="field">
          <span>Where we met</span>
          <input maxLength={500} value={fields.where} onChange={set('where')} />
        </label>
      </div>
      <div className="field-row field-row-2">
        <label className="field">
          <span>What I learned</span>
          <textarea rows={2} value={fields.learned} onChange={set('learned')} />
        </label>
        <label className="field">
          <span>What I can give</span>
          <textarea rows={2} value={fields.canGive} onChange={set('canGive')} />
        </label>
      </div>
      <label className="field">
        <span>Notes</span>
        <textarea rows={2} value={fields.notes} onChange={set('notes')} />
      </label>
      <label className="field field-narrow">
        <span>Follow up on</span>
        <input type="date" value={fields.followUpDate ?? ''} onChange={set('followUpDate')} />
      </label>
      <Actions submitLabel={submitLabel} onCancel={onCancel} />
    </form>
  );
}

export function PlaceForm({ initial, submitLabel, onSubmit, onCancel }: FormProps<PlaceFields, Place>) {
  const [fields, setFields] = useState<PlaceFields>({
    name: initial?.name ?? '',
    mode: initial?.mode ?? 'in_person',
    where: initial?.where ?? '',
    notes: initial?.notes ?? '',
    followUpDate: initial?.followUpDate ?? null,
  });
  return (
    <form
      className="contact-form"
      aria-label={submitLabel}
      onSubmit={(event) => {
        event.preventDefault();
        if (fields.name.trim()) onSubmit(fields);
      }}
    >
      <div className="field-row field-row-2">
        <label className="field">
          <span>Community or venue</span>
          <input required autoFocus maxLength={200} value={fields.name} onChange={(event) => setFields({ ...fields, name: event.target.value })} />
        </label>
        <label className="field">
          <span>Online or in person</span>
          <select value={fields.mode} onChange={(event) => setFields({ ...fields, mode: event.target.value as Place['mode'] })}>
            <option value="in_person">In person</option>
            <option value="online">Online</option>
          </select>
        </label>
      </div>
      <label className="field">
        <span>Where (address or link)</span>
        <input maxLength={500} value={fields.where} onChange={(event) => setFields({ ...fields, where: event.target.value })} />
      </label>
      <label className="field">
        <span>Notes</span>
        <textarea rows={2} value={fields.notes} onChange={(event) => setFields({ ...fields, notes: event.target.value })} />
      </label>
      <label className="field field-narrow">
        <span>Follow up on</span>
        <input type="date" value={fields.followUpDate ?? ''} onChange={(event) => setFields({ ...fields, followUpDate: event.target.value || null })} />
      </label>
      <Actions submitLabel={submitLabel} onCancel={onCancel} />
    </form>
  );
}
