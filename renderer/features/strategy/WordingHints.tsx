// Gentle, never-blocking wording hints: a value label that reads as a noun or job title, and job titles inside the aspiration.
import { useMemo } from 'react';
import { checkValueWording, findJobTitles } from '../../../shared/domain/values/wording';

/** `fieldId` is the label's input: taking the suggestion removes this hint and its button, so focus goes back there. */
export function ValueWordingHint({ label, fieldId, onUse }: { label: string; fieldId: string; onUse(suggestion: string): void }) {
  const hint = useMemo(() => checkValueWording(label), [label]);
  if (hint.kind === 'ok') return null;
  return (
    <p className="wording-hint">
      <span>{hint.message}</span>
      {hint.suggestion && (
        <button type="button" className="button-link" onClick={() => {
            onUse(hint.suggestion ?? '');
            document.getElementById(fieldId)?.focus();
          }}>
          Use “{hint.suggestion}”
        </button>
      )}
    </p>
  );
}

export function AspirationJobTitleHint({ text }: { text: string }) {
  const titles = useMemo(() => findJobTitles(text), [text]);
  const [first] = titles;
  if (!first) return null;
  const named = titles.map((title) => `“${title.text}”`).join(', ');
  return (
    <p className="wording-hint">
      {named} {titles.length === 1 ? 'reads as a job title' : 'read as job titles'}. Describe the work itself, so the aspiration
      fits many roles{first.suggestion ? ` — for example “${first.suggestion}”` : ''}.
    </p>
  );
}
