// An entry's history: its earlier versions, each shown as a word diff against the current text, and restorable.
import { useEffect, useId, useMemo, useState } from 'react';
import type { ReflectionVersion } from '../../../shared/domain/reflectionHistory';
import { diffAspiration, type TextPart } from '../../../shared/domain/versions/compare';
import { api } from '../../app/client';
import { Modal } from '../../ui/Modal';
import { useErrors } from '../shell/errorStore';
import { versionLabel } from './historyText';

/** Keyed by its opening (ReflectionEditor), so each one starts from a fresh load. */
interface HistoryDialogProps {
  open: boolean;
  reflectionId: string;
  current: { title: string; body: string };
  onRestore(version: ReflectionVersion): void;
  onClose(): void;
}

function WordDiff({ parts }: { parts: readonly TextPart[] }) {
  return (
    <p className="history-diff">
      {parts.map((part, index) =>
        part.kind === 'added' ? (
          <ins key={index} className="history-added">
            <span className="visually-hidden">[added: </span>
            {part.text}
            <span className="visually-hidden">]</span>
          </ins>
        ) : part.kind === 'removed' ? (
          <del key={index} className="history-removed">
            <span className="visually-hidden">[removed: </span>
            {part.text}
            <span className="visually-hidden">]</span>
          </del>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </p>
  );
}

export function HistoryDialog({ open, reflectionId, current, onRestore, onClose }: HistoryDialogProps) {
  const id = useId();
  const [versions, setVersions] = useState<ReflectionVersion[] | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);

  useEffect(() => {
    if (!open) return;
    let live = true;
    api()['reflections.history']({ id: reflectionId })
      .then(
        (loaded) => {
          if (!live) return;
          setVersions(loaded);
          // The newest is the text as it is now: the one before it is the first worth comparing.
          setSelectedId(loaded[1]?.id ?? loaded[0]?.id ?? null);
        },
        (error: unknown) => live && useErrors.getState().report('Could not load this reflection’s history', error),
      );
    return () => {
      live = false;
    };
  }, [open, reflectionId]);

  const selected = versions?.find((version) => version.id === selectedId) ?? null;
  const isCurrent = selected !== null && selected.title === current.title && selected.body === current.body;
  const bodyParts = useMemo(() => (selected ? diffAspiration(selected.body, current.body) : []), [selected, current.body]);

  return (
    <Modal open={open} labelledBy={`${id}-title`} className="history-dialog" onClose={onClose}>
      <h2 id={`${id}-title`}>History of this reflection</h2>
      {versions === null ? (
        <p className="muted" role="status">Loading the history…</p>
      ) : versions.length === 0 ? (
        <p>No earlier versions yet. Cairn keeps one for each time you write in this entry.</p>
      ) : (
        <div className="history-layout">
          <ul className="history-list" aria-label="Versions, newest first">
            {versions.map((version, index) => (
              <li key={version.id}>
                <button
                  type="button"
                  className="history-version"
                  aria-pressed={version.id === selectedId}
                  onClick={() => setSelectedId(version.id)}
                >
                  {versionLabel(version, versions)}
                  {index === 0 && <span className="history-latest"> (latest)</span>}
                </button>
              </li>
            ))}
          </ul>
          {selected && (
            <section className="history-compare" aria-label="Changes since this version">
              <h3>{isCurrent ? 'This is the current text' : 'What changed from this version to the current text'}</h3>
              {selected.title !== current.title && (
                <p className="muted">
                  Title then: “{selected.title || 'no title'}”; now: “{current.title || 'no title'}”
                </p>
              )}
              <WordDiff parts={bodyParts} />
            </section>
          )}
        </div>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" autoFocus onClick={onClose}>
          Close
        </button>
        <button type="button" className="button button-primary" disabled={!selected || isCurrent} onClick={() => selected && onRestore(selected)}>
          Restore this version
        </button>
      </div>
    </Modal>
  );
}
