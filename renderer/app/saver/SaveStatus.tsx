// The save state where the person is editing ("Saved", "Saving…", "Not saved, retrying in 2 s — …"), announced politely;
// refused edits can be thrown away from beside the message when the surface says how.
import type { AutosaveStatus } from './autosave';
import { saveStatusLabel } from './saveStatus';
import './saver.css';

interface SaveStatusProps {
  status: AutosaveStatus;
  className?: string;
  /** Offered while the core refuses the edits: goes back to the saved values. */
  onDiscard?(): void;
}

export function SaveStatus({ status, className = '', onDiscard }: SaveStatusProps) {
  const text = saveStatusLabel(status);
  const label = (
    <span className={`save-status save-status-${status.state} ${className}`.trim()} role="status" aria-live="polite" title={text}>
      {text}
    </span>
  );
  if (status.state !== 'refused' || !onDiscard) return label;
  return (
    <>
      {label}
      <button type="button" className="button button-small button-quiet" onClick={onDiscard}>
        Discard this change
      </button>
    </>
  );
}
