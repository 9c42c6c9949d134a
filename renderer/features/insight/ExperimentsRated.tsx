// The experiments that ran in the range, as their own ratings say they felt: highest energy first, each opening its page.
import type { InsightSummary } from '../../../shared/domain/insight/insightSchema';
import { useNavigation } from '../shell/navigationStore';

export function ExperimentsRated({ experiments }: { experiments: InsightSummary['experimentsRated'] }) {
  const open = useNavigation((state) => state.open);
  return (
    <section className="insight-card" aria-labelledby="insight-experiments-heading">
      <h2 id="insight-experiments-heading">Experiments, as you rated them</h2>
      {experiments.length === 0 ? (
        <p className="muted">No experiment that ran in this range has a rating yet. Rate energy and engagement on its page.</p>
      ) : (
        <ul className="insight-entries" aria-label="Rated experiments, highest energy first">
          {experiments.map((experiment) => (
            <li key={experiment.id}>
              <button type="button" className="insight-entry insight-experiment" onClick={() => open({ kind: 'experiment', id: experiment.id })}>
                <span className="insight-entry-title">{experiment.title}</span>
                <span className="muted">{ratingsText(experiment.energy, experiment.engagement)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ratingsText(energy: number | null, engagement: number | null): string {
  return [energy === null ? null : `energy ${energy}`, engagement === null ? null : `engagement ${engagement}`].filter(Boolean).join(' · ');
}
