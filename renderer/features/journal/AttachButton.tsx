// "Attach…" beside the entry: a button that opens a hidden file picker, with the per-file limit stated, and what
// happened to the last files attached (a polite status while they travel, an alert when some were refused).
import { useId, useRef } from 'react';
import { MAX_ATTACHMENT_LABEL } from '../../../shared/domain/attachments';
import './attachments.css';

interface AttachButtonProps {
  busy: boolean;
  onFiles(files: File[]): void;
}

export function AttachButton({ busy, onFiles }: AttachButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  const hint = useId();
  return (
    <>
      <button
        type="button"
        className="button button-quiet"
        title={`Attach photos or files, up to ${MAX_ATTACHMENT_LABEL} each`}
        aria-describedby={hint}
        disabled={busy}
        onClick={() => input.current?.click()}
      >
        Attach…
      </button>
      <span id={hint} className="entry-attach-hint">
        up to {MAX_ATTACHMENT_LABEL} each
      </span>
      <input
        ref={input}
        type="file"
        multiple
        hidden
        tabIndex={-1}
        aria-label="Choose photos or files to attach"
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
    </>
  );
}

export function AttachMessage({ busy, problems }: { busy: boolean; problems: readonly string[] }) {
  return (
    <>
      {/* Only while files travel: the entry's one lasting status is its save state. What was refused is an alert. */}
      {busy && (
        <p className="entry-attach-status" role="status" aria-live="polite">
          Attaching…
        </p>
      )}
      {problems.length > 0 && (
        <div className="entry-attach-problems" role="alert">
          {problems.map((problem) => (
            <p key={problem}>{problem}</p>
          ))}
        </div>
      )}
    </>
  );
}
