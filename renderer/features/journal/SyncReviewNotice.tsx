// The notice on an entry sync kept in two versions (edited on two computers at once): see its history, or mark it reviewed.
import { useEffect, useState } from 'react';
import { useSync } from '../settings/syncStore';

interface SyncReviewNoticeProps {
  reflectionId: string;
  onShowHistory(): void;
}

export function SyncReviewNotice({ reflectionId, onShowHistory }: SyncReviewNoticeProps) {
  const listed = useSync((state) => state.status?.conflicts.some((conflict) => conflict.reflectionId === reflectionId) ?? false);
  const [problem, setProblem] = useState<string | null>(null);

  // Read once if nothing has yet; the sync store follows the change feed from then on.
  useEffect(() => {
    if (!useSync.getState().status) void useSync.getState().refresh().catch(() => {});
  }, []);

  if (!listed) return null;
  return (
    <div className="sync-review" role="region" aria-label="Edited on two computers">
      <p>Edited on two computers at once. The other computer’s text is kept in this entry’s history.</p>
      <button type="button" className="button button-small" onClick={onShowHistory}>
        Show history
      </button>
      <button
        type="button"
        className="button button-small"
        onClick={() => {
          setProblem(null);
          useSync
            .getState()
            .reviewed(reflectionId)
            .catch((error: unknown) => setProblem(error instanceof Error ? error.message : String(error)));
        }}
      >
        Mark as reviewed
      </button>
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
