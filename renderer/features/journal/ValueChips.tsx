// Which of the person's values this entry expressed: toggle chips in each value's colour (evidence for the Venn diagram).
import type { Value } from '../../../shared/domain/values';
import { valueColourStyle } from '../../ui/valueColour';

interface ValueChipsProps {
  values: Value[];
  selected: string[];
  onChange(valueIds: string[]): void;
}

export function ValueChips({ values, selected, onChange }: ValueChipsProps) {
  if (values.length === 0) {
    return <p className="muted">Name your values in Strategy, then mark here which ones an entry expressed.</p>;
  }
  return (
    <ul className="chips" aria-label="Values expressed">
      {values.map((value) => {
        const on = selected.includes(value.id);
        return (
          <li key={value.id}>
            <button
              type="button"
              className="chip chip-toggle"
              aria-pressed={on}
              onClick={() => onChange(on ? selected.filter((id) => id !== value.id) : [...selected, value.id])}
            >
              <span className="chip-dot value-colour-fill" style={valueColourStyle(value.colour)} aria-hidden="true" />
              {value.label}
              {on && (
                <span className="chip-check" aria-hidden="true">
                  ✓
                </span>
              )}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
