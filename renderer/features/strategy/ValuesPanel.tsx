// Values as verbs: add, edit (label, description, colour; saved as typed), reorder, show in the diagram, archive and restore.
import { useRef, useState, type FormEvent } from 'react';
import { MAX_SHOWN_VALUES } from '../../../shared/domain/venn/layout';
import { VALUE_PALETTE } from '../../../shared/domain/values/palette';
import type { Value, ValuePatch } from '../../../shared/domain/values';
import { SaveStatus } from '../../app/saver/SaveStatus';
import { useDraft } from '../../app/saver/useDraft';
import { useSaver } from '../../app/saver/useSaver';
import { useErrors } from '../shell/errorStore';
import { valueColourStyle } from '../../ui/valueColour';
import { useStrategy } from './strategyStore';
import { ValueWordingHint } from './WordingHints';

const NONE_SHOWN: readonly string[] = [];
const NO_LABEL = { label: '' };

export function AddValueForm({ onAdded }: { onAdded?(value: Value): void }) {
  // A value being named is kept by the core until it is added, so a reload or a crash never loses it.
  const draft = useDraft('new-value', NO_LABEL, {
    onFirstFailure: (error) => useErrors.getState().report('Could not keep the value you are naming', error),
  });
  const label = draft.fields.label;
  const setLabel = (next: string) => draft.edit({ label: next });
  const input = useRef<HTMLInputElement>(null);
  async function submit(event: FormEvent) {
    event.preventDefault();
    const submitted = label.trim();
    if (!submitted) return;
    // Clear at once so the next value can be typed while this one saves; put it back only if saving failed.
    setLabel('');
    const value = await useStrategy.getState().createValue(submitted);
    if (value) onAdded?.(value);
    // What the field shows now, not when this submit began: anything typed meanwhile stays.
    else if (!input.current?.value) setLabel(submitted);
  }
  return (
    <form className="add-value" onSubmit={(event) => void submit(event)}>
      <div className="add-value-row">
        <label htmlFor="new-value-label" className="visually-hidden">
          New value, as a verb
        </label>
        <input
          dir="auto"
          ref={input}
          id="new-value-label"
          value={label}
          placeholder="e.g. Teaching, Building bridges"
          maxLength={120}
          onChange={(event) => setLabel(event.target.value)}
          onBlur={() => void draft.flush()}
        />
        <button type="submit" className="button" disabled={!label.trim()}>
          Add value
        </button>
      </div>
      <ValueWordingHint label={label} fieldId="new-value-label" onUse={setLabel} />
    </form>
  );
}

type ValueEdits = Omit<ValuePatch, 'id' | 'archived'>;

/** Edits a value in place: every change saves as it is made, so closing the form (or the app) keeps it. */
function ValueEditForm({ value, onDone }: { value: Value; onDone(): void }) {
  const [label, setLabel] = useState(value.label);
  const [description, setDescription] = useState(value.description);
  const [colour, setColour] = useState(value.colour.toLowerCase());
  function show(edits: Partial<ValueEdits>) {
    if (edits.label !== undefined) setLabel(edits.label);
    if (edits.description !== undefined) setDescription(edits.description);
    if (edits.colour !== undefined) setColour(edits.colour.toLowerCase());
  }
  const { saver, status, discardUnsaved } = useSaver<ValueEdits>(`value:${value.id}`, (patch) => useStrategy.getState().saveValue({ id: value.id, ...patch }), {
    onFirstFailure: (error) => useErrors.getState().report('Could not save the value', error),
    onRestore: show,
  });
  function changeLabel(next: string) {
    setLabel(next);
    // A value always has a label: while the field is empty the saved one stays.
    if (next.trim()) saver.edit({ label: next.trim() });
  }
  const prefix = `value-${value.id}`;
  return (
    <form
      className="value-edit"
      aria-label={`Edit ${value.label}`}
      onBlur={() => void saver.flush()}
      onSubmit={(event) => {
        event.preventDefault();
        void saver.flush();
        onDone();
      }}
    >
      <div className="field">
        <label htmlFor={`${prefix}-label`} className="field-label">
          Label
        </label>
        <input dir="auto" id={`${prefix}-label`} value={label} maxLength={120} onChange={(event) => changeLabel(event.target.value)} autoFocus />
        {!label.trim() && <span className="field-help">A value needs a label; “{value.label}” is kept until you type one.</span>}
        <ValueWordingHint label={label} fieldId={`${prefix}-label`} onUse={changeLabel} />
      </div>
      <div className="field">
        <label htmlFor={`${prefix}-description`} className="field-label">
          What it means to you
        </label>
        <textarea
          dir="auto"
          id={`${prefix}-description`}
          rows={2}
          maxLength={4000}
          value={description}
          onChange={(event) => {
            setDescription(event.target.value);
            saver.edit({ description: event.target.value });
          }}
        />
      </div>
      <fieldset className="swatches">
        <legend className="field-label">Colour</legend>
        {VALUE_PALETTE.map((entry) => (
          <label key={entry.colour} className="swatch" style={valueColourStyle(entry.colour)}>
            <input
              type="radio"
              name={`${prefix}-colour`}
              value={entry.colour}
              checked={colour === entry.colour}
              onChange={() => {
                setColour(entry.colour);
                saver.edit({ colour: entry.colour });
              }}
            />
            <span className="visually-hidden">{entry.name}</span>
          </label>
        ))}
      </fieldset>
      <div className="value-edit-actions">
        <SaveStatus status={status} onDiscard={() => void discardUnsaved().then(() => show(value))} />
        <button type="submit" className="button button-primary">
          Done
        </button>
      </div>
    </form>
  );
}

export function ValuesPanel() {
  const values = useStrategy((state) => state.values);
  const shown = useStrategy((state) => state.history?.present.shown ?? NONE_SHOWN);
  const [editing, setEditing] = useState<string | null>(null);
  const active = values.filter((value) => value.archivedAt === null);
  const archived = values.filter((value) => value.archivedAt !== null);
  const { move, setShown, updateValue } = useStrategy.getState();

  return (
    <div className="values-panel">
      {active.length === 0 && <p className="muted">Name three to five values as verbs: the things you do when work feels right.</p>}
      <ol className="value-list" aria-label="Values, in order">
        {active.map((value, index) => (
          <li key={value.id} className="value-row" style={valueColourStyle(value.colour)}>
            {editing === value.id ? (
              <ValueEditForm value={value} onDone={() => setEditing(null)} />
            ) : (
              <>
                <span className="value-dot" aria-hidden="true" />
                <div className="value-text">
                  <span className="value-label">{value.label}</span>
                  {value.description && <span className="value-description">{value.description}</span>}
                </div>
                <label className="value-shown" title={shown.includes(value.id) ? 'Shown in the diagram' : 'Not in the diagram'}>
                  <input
                    type="checkbox"
                    checked={shown.includes(value.id)}
                    disabled={!shown.includes(value.id) && shown.length >= MAX_SHOWN_VALUES}
                    onChange={(event) => setShown(value.id, event.target.checked)}
                  />
                  <span aria-hidden="true">Shown</span>
                  <span className="visually-hidden">Show {value.label} in the diagram</span>
                </label>
                <div className="value-actions">
                  <button type="button" className="icon-button" aria-label={`Move ${value.label} up`} disabled={index === 0} onClick={() => void move(value.id, -1)}>
                    ↑
                  </button>
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={`Move ${value.label} down`}
                    disabled={index === active.length - 1}
                    onClick={() => void move(value.id, 1)}
                  >
                    ↓
                  </button>
                  <button type="button" className="icon-button" aria-label={`Edit ${value.label}`} onClick={() => setEditing(value.id)}>
                    Edit
                  </button>
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={`Archive ${value.label}`}
                    onClick={() => void updateValue({ id: value.id, archived: true })}
                  >
                    Archive
                  </button>
                </div>
              </>
            )}
          </li>
        ))}
      </ol>
      <AddValueForm />
      {active.length > MAX_SHOWN_VALUES && (
        <p className="muted">The diagram shows up to {MAX_SHOWN_VALUES} values; tick the ones to show.</p>
      )}
      {archived.length > 0 && (
        <details className="archived-values">
          <summary>Archived values ({archived.length})</summary>
          <ul>
            {archived.map((value) => (
              <li key={value.id}>
                <span>{value.label}</span>
                <button type="button" className="button button-quiet" onClick={() => void updateValue({ id: value.id, archived: false })}>
                  Restore<span className="visually-hidden"> {value.label}</span>
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
