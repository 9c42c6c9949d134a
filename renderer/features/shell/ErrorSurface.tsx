// Where failed operations are shown, announced to screen readers, until the person dismisses them. Docked at the foot
// of the app's main column, a problem takes room from the view rather than covering its controls (ratings, Save).
import { useErrors } from './errorStore';

export function ErrorSurface({ docked = false }: { docked?: boolean }) {
  const errors = useErrors((state) => state.errors);
  const dismiss = useErrors((state) => state.dismiss);
  return (
    <div className={docked ? 'error-surface error-surface-docked' : 'error-surface'} role="region" aria-label="Problems">
      {errors.map((error) => (
        <div key={error.id} className="error-toast" role="alert">
          <div>
            <strong>{error.title}</strong>
            <p>{error.message}</p>
          </div>
          <button type="button" className="button button-quiet" onClick={() => dismiss(error.id)}>
            Dismiss
          </button>
        </div>
      ))}
    </div>
  );
}
