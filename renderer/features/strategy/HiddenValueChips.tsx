// Values not in the diagram (it shows at most five) sit as chips beside it, each one click away from being shown.
import { MAX_SHOWN_VALUES } from '../../../shared/domain/venn/layout';
import { valueColourStyle } from '../../ui/valueColour';
import { useStrategy } from './strategyStore';

export function HiddenValueChips() {
  const values = useStrategy((state) => state.values);
  const layout = useStrategy((state) => state.history?.present ?? null);
  if (!layout) return null;
  const hidden = values.filter((value) => value.archivedAt === null && !layout.shown.includes(value.id));
  if (hidden.length === 0) return null;
  const full = layout.shown.length >= MAX_SHOWN_VALUES;
  return (
    <div className="hidden-values">
      <span className="muted">{full ? `Not shown (the diagram holds ${MAX_SHOWN_VALUES}; hide one to swap):` : 'Not shown:'}</span>
      <ul className="chip-list">
        {hidden.map((value) => (
          <li key={value.id}>
            <button
              type="button"
              className="chip chip-button"
              style={valueColourStyle(value.colour)}
              disabled={full}
              aria-label={`Show ${value.label} in the diagram`}
              onClick={() => useStrategy.getState().setShown(value.id, true)}
            >
              <span className="value-dot" aria-hidden="true" />
              {value.label}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
