// A long operation's progress where it was started: a labelled bar with counts, a phase announcement, and Stop while it is safe.
import { describeProgress, importPhaseLabels, type PhaseLabels, type Progress } from '../../shared/progress';

interface ProgressBarProps {
  progress: Progress;
  /** What the bar measures, e.g. "Import progress". */
  label: string;
  /** Shown while the operation can still stop with nothing changed. */
  onCancel?: () => void;
  cancelLabel?: string;
  /** What each phase is called for this operation (an import's by default). */
  phaseLabels?: PhaseLabels;
}

export function ProgressBar({ progress, label, onCancel, cancelLabel = 'Stop', phaseLabels = importPhaseLabels }: ProgressBarProps) {
  const counted = progress.total !== null && progress.total > 0;
  const percent = counted ? Math.min(100, Math.round((progress.done / progress.total!) * 100)) : null;
  const text = describeProgress(progress, phaseLabels);
  return (
    <div className="progress">
      <div
        className="progress-track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={counted ? progress.total! : undefined}
        aria-valuenow={counted ? progress.done : undefined}
        aria-valuetext={text}
      >
        <div className={`progress-fill${percent === null ? ' progress-fill-unknown' : ''}`} style={{ width: `${percent ?? 100}%` }} />
      </div>
      <div className="progress-row">
        <span className="muted">{text}</span>
        {onCancel && progress.cancellable && (
          <button type="button" className="button" onClick={onCancel}>
            {cancelLabel}
          </button>
        )}
      </div>
      {/* Only the phase is announced: a count changing ten times a second would drown a screen reader. */}
      <p className="visually-hidden" role="status" aria-live="polite">
        {describeProgress({ ...progress, total: null, remainingMs: null }, phaseLabels)}
      </p>
    </div>
  );
}
