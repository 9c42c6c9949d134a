// Where failed operations are shown, announced to screen readers, until the person dismisses them.
import { useErrors } from './errorStore';

export function ErrorSurface() {
  const errors = useErrors((state) => state.errors);
  const dismiss = useErrors((state) => state.dismiss);
  return (
    <div className="error-surface" role="region" aria-label="Problems">
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
