// Values lived against values named: each value of the strategy, in its order, with how often reflections expressed it
// and the experiments that tested it while they ran (each opens its page).
import type { ValueLived } from '../../../shared/domain/insight/insightSchema';
import { valueColourFor } from '../../ui/valueColour';
import { useDarkTheme } from '../../ui/theme';
import { useNavigation } from '../shell/navigationStore';
import type { InsightSelection } from './insightSelection';

interface Props {
  values: readonly ValueLived[];
  selection: InsightSelection | null;
  onSelect(selection: InsightSelection): void;
}

export function ValuesLivedList({ values, selection, onSelect }: Props) {
  const dark = useDarkTheme();
  const open = useNavigation((state) => state.open);
  const livedIn = (value: ValueLived) => value.entries.length + value.experiments.length;
  const most = Math.max(1, ...values.map(livedIn));
  return (
    <section className="insight-card" aria-labelledby="insight-values-heading">
      <h2 id="insight-values-heading">Values lived, against values named</h2>
      {values.length === 0 ? (
        <p className="muted">Your strategy names no values yet. Name them in Strategy, then mark the ones a day expressed on its reflection.</p>
      ) : (
        <ul className="insight-values" aria-label="Values of your strategy">
          {values.map((value) => {
            const swatch = (
              <span
                className="insight-value-bar"
                aria-hidden="true"
                style={{ background: valueColourFor(value.colour, dark), width: `${(livedIn(value) / most) * 100}%` }}
              />
            );
            return (
              <li key={value.valueId}>
                {value.entries.length === 0 ? (
                  <p className={value.experiments.length === 0 ? 'insight-value insight-value-unlived' : 'insight-value'}>{value.text}</p>
                ) : (
                  <button
                    type="button"
                    className="insight-value"
                    aria-pressed={selection?.kind === 'value' && selection.valueId === value.valueId}
                    onClick={() => onSelect({ kind: 'value', valueId: value.valueId })}
                  >
                    {value.text}
                  </button>
                )}
                <span className="insight-value-track">{swatch}</span>
                {value.experiments.length > 0 && (
                  <ul className="insight-value-experiments" aria-label={`Experiments testing ${value.label}`}>
                    {value.experiments.map((experiment) => (
                      <li key={experiment.id}>
                        <button type="button" className="button-link" onClick={() => open({ kind: 'experiment', id: experiment.id })}>
                          {experiment.title}
                        </button>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
