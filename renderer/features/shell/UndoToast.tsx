// The toast after a delete: what happened, an Undo button, and where to find the item later; it stays while focused or hovered.
import { useEffect, useState } from 'react';
import { useNavigation } from './navigationStore';
import { useUndo } from './undoStore';

/** Long enough to notice and reach with the keyboard; the item stays in Recently deleted after it goes. */
const SHOWN_MS = 10_000;

export function UndoToast() {
  const offer = useUndo((state) => state.offer);
  const [held, setHeld] = useState(false);
  useEffect(() => {
    if (!offer || held) return;
    const timer = setTimeout(() => useUndo.getState().dismiss(), SHOWN_MS);
    return () => clearTimeout(timer);
  }, [offer, held]);
  return (
    <div className="undo-surface" role="region" aria-label="Undo" aria-live="polite">
      {offer && (
        <div
          key={offer.id}
          className="undo-toast"
          onMouseEnter={() => setHeld(true)}
          onMouseLeave={() => setHeld(false)}
          onFocus={() => setHeld(true)}
          onBlur={() => setHeld(false)}
        >
          <p>{offer.message}</p>
          <button type="button" className="button button-primary" onClick={() => void useUndo.getState().undo()}>
            Undo
          </button>
          <button
            type="button"
            className="button button-quiet"
            onClick={() => {
              useUndo.getState().dismiss();
              useNavigation.getState().go('trash');
            }}
          >
            Recently deleted
          </button>
          <button type="button" className="button button-quiet" aria-label="Close" onClick={() => useUndo.getState().dismiss()}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
