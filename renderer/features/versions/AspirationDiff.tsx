// The aspiration as a word-level diff: removed words struck through, added words highlighted, both announced.
import type { TextPart } from '../../../shared/domain/versions/compare';

export function AspirationDiff({ parts, changed }: { parts: readonly TextPart[]; changed: boolean }) {
  if (parts.length === 0) return <p className="muted">No aspiration in either version.</p>;
  return (
    <>
      <p className="aspiration-diff">
        {parts.map((part, index) => {
          if (part.kind === 'added') {
            return (
              <ins key={index} className="diff-added">
                <span className="visually-hidden">[added: </span>
                {part.text}
                <span className="visually-hidden">]</span>
              </ins>
            );
          }
          if (part.kind === 'removed') {
            return (
              <del key={index} className="diff-removed">
                <span className="visually-hidden">[removed: </span>
                {part.text}
                <span className="visually-hidden">]</span>
              </del>
            );
          }
          return <span key={index}>{part.text}</span>;
        })}
      </p>
      {!changed && <p className="muted">The aspiration did not change.</p>}
    </>
  );
}
