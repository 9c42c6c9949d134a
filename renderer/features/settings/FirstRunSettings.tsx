// Settings → Guided start: walk through the method again (aspiration, values, diagram, first reflection, first version).
import { useFirstRun } from '../strategy/firstRun/firstRunStore';

export function FirstRunSettings() {
  return (
    <section className="card" aria-labelledby="first-run-settings-heading">
      <h2 id="first-run-settings-heading">Guided start</h2>
      <p>
        A short path through the method: your aspiration, values as verbs, the diagram where they meet, a first reflection and a first
        saved version. What you already have is kept and shown along the way.
      </p>
      <button type="button" className="button" onClick={() => void useFirstRun.getState().restart()}>
        Walk through the method
      </button>
    </section>
  );
}
