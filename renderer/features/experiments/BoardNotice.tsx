// What a move on the board did, said in a live region and shown for a few seconds (or until dismissed).
import { useEffect, useState } from 'react';
import { useExperiments } from './experimentsStore';

/** Long enough to read a refusal's reason twice; the live region has already said it. */
const SHOWN_MS = 10_000;

export function BoardNotice({ hidden }: { hidden: boolean }) {
  const announcement = useExperiments((state) => state.announcement);
  const announced = useExperiments((state) => state.announced);
  const [dismissed, setDismissed] = useState(0);

  useEffect(() => {
    if (announced === 0) return;
    const timer = setTimeout(() => setDismissed(announced), SHOWN_MS);
    return () => clearTimeout(timer);
  }, [announced]);

  const shown = announcement !== '' && !hidden && dismissed !== announced;
  return (
    <div className={shown ? 'board-notice' : 'visually-hidden'}>
      <p className="board-notice-text" role="status" aria-live="polite">
        {announcement}
      </p>
      {shown && (
        <button type="button" className="button button-quiet button-small" aria-label="Dismiss" onClick={() => setDismissed(announced)}>
          ×
        </button>
      )}
    </div>
  );
}
