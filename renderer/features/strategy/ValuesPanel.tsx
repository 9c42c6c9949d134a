// Values as verbs: add, edit (label, description, colour), reorder, show in the diagram, archive and restore.
import { useState, type FormEvent } from 'react';
import { MAX_SHOWN_VALUES } from '../../../shared/domain/venn/layout';
import { VALUE_PALETTE } from '../../../shared/domain/values/palette';
import type { Value } from '../../../shared/domain/values';
import { valueColourStyle } from '../../ui/valueColour';
import { useStrategy } from './strategyStore';
import { ValueWordingHint } from './WordingHints';

const NONE_SHOWN: readonly string[] = [];

export function AddValueForm({ onAdded }: { onAdded?(value: Value): void }) {
  const [label, setLabel] = useState('');
  async function submit(event: FormEvent) {
    event.preventDefault();
    const submitted = label.trim();
    if (!submitted) return;
    // Clear at once so the next value can be typed while this one saves; put it back only if saving failed.
    setLabel('');
    const value = await useStrategy.getState().createValue(submitted);
    if (value) onAdded?.(value);
    else setLabel((current) => current || submitted);
  }
  return (
    <form className="add-value" onSubmit={(event) => void submit(event)}>
      <div className="add-value-row">
        <label htmlFor="new-value-label" className="visually-hidden">
          New value, as a verb
        </label>
        <input
          id="new-value-label"
          value={label}
          placeholder="e.g. Teaching, Building bridges"
          maxLength={120}
          onChange={(event) => setLabel(event.target.value)}
        />
        <button type="submit" className="button" disabled={!label.trim()}>
          Add value
        </button>
      </div>
      <ValueWordingHint label={label} onUse={setLabel} />
    </form>
  );
}

function ValueEditForm({ value, onDone }: { value: Value; onDone(): void }) {
  const [label, setLabel] = useState(value.label);
  const [description, setDescription] = useState(value.description);
  const [colour, setColour] = useState(value.colour.toLowerCase());
  async function submit(event: FormEvent) {
    event.preventDefault();
    await useStrategy.getState().updateValue({ id: value.id, label: label.trim() || value.label, description, colour });
    onDone();
  }
  const prefix = `value-${value.id}`;
  return (
    <form className="value-edit" onSubmit={(event) => void submit(event)}>
      <div className="field">
        <label htmlFor={`${prefix}-label`} className="field-label">
          Label
        </label>
        <input id={`${prefix}-label`} value={label} maxLength={120} onChange={(event) => setLabel(event.target.value)} autoFocus />
        <ValueWordingHint label={label} onUse={setLabel} />
      </div>
      <div className="field">
        <label htmlFor={`${prefix}-description`} className="field-label">
          What it means to you
        </label>
        <textarea id={`${prefix}-description`} rows={2} value={description} onChange={(event) => setDescription(event.target.value)} />
      </div>
      <fieldset className="swatches">
        <legend className="field-label">Colour</legend>
        {VALUE_PALETTE.map((entry) => (
          <label key={entry.colour} className="swatch" style={valueColourStyle(entry.colour)}>
            <input type="radio" name={`${prefix}-colour`} value={entry.colour} checked={colour === entry.colour} onChange={() => setColour(entry.colour)} />
            <span className="visually-hidden">{entry.name}</span>
          </label>
        ))}
      </fieldset>
      <div className="value-edit-actions">
        <button type="submit" className="button button-primary">
          Save value
        </button>
        <button type="button" className="button button-quiet" onClick={onDone}>
          Cancel
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
