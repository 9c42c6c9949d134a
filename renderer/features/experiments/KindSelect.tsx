// The labelled choice of an experiment's kind, used where one is created and where it is edited.
import { experimentKinds, type Experiment } from '../../../shared/domain/experiment';
import { kindLabels } from './experimentText';

export function KindSelect({ value, onChange }: { value: Experiment['kind']; onChange(kind: Experiment['kind']): void }) {
  return (
    <label className="field">
      <span>Kind</span>
      <select value={value} onChange={(event) => onChange(event.target.value as Experiment['kind'])}>
        {experimentKinds.map((kind) => (
          <option key={kind} value={kind}>
            {kindLabels[kind]}
          </option>
        ))}
      </select>
    </label>
  );
}
