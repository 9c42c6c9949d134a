// The save state where the person is editing ("Saved", "Saving…", "Not saved — … retrying in 2 s"), announced politely.
import type { AutosaveStatus } from './autosave';
import { saveStatusLabel } from './saveStatus';
import './saver.css';

export function SaveStatus({ status, className = '' }: { status: AutosaveStatus; className?: string }) {
  return (
    <span className={`save-status save-status-${status.state} ${className}`.trim()} role="status" aria-live="polite">
      {saveStatusLabel(status)}
    </span>
  );
}
