// One experiment on the board: its title opens it; kind, dates, values, people and evidence at a glance.
import { useExperiments } from './experimentsStore';
import type { Experiment } from '../../../shared/domain/experiment';
import type { ExperimentStatus } from '../../../shared/domain/experiments/transitions';
import { MoveMenu } from './MoveMenu';
import { dateSpan, shortKindLabels } from './experimentText';
import { valueColourStyle } from '../../ui/valueColour';

export function ExperimentCard({ experiment, onMove }: { experiment: Experiment; onMove(to: ExperimentStatus): void }) {
  const values = useExperiments((state) => state.values);
  const select = useExperiments((state) => state.select);
  const tested = values.filter((v) => experiment.valueIds.includes(v.id));
  const contacts = experiment.people.length + experiment.places.length;

  return (
    <article className="card experiment-card" aria-label={experiment.title}>
      <span className="kind-badge" data-kind={experiment.kind}>
        {shortKindLabels[experiment.kind]}
      </span>
      <button type="button" className="card-title" aria-describedby="board-help" onClick={() => select(experiment.id)}>
        {experiment.title}
      </button>
      {experiment.hypothesis && <p className="card-hypothesis">{experiment.hypothesis}</p>}
      {tested.length > 0 && (
        <ul className="value-chips" aria-label="Values tested">
          {tested.map((value) => (
            <li key={value.id} className="value-chip">
              <span className="value-dot value-colour-fill" style={valueColourStyle(value.colour)} aria-hidden="true" />
              {value.label}
            </li>
          ))}
        </ul>
      )}
      <div className="card-foot">
        <span className="muted">
          {dateSpan(experiment)}
          {contacts > 0 && ` · ${contacts} ${contacts === 1 ? 'contact' : 'contacts'}`}
        </span>
        <MoveMenu title={experiment.title} status={experiment.status} onMove={onMove} />
      </div>
    </article>
  );
}
