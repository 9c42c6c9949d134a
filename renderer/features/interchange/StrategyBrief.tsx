// The printable strategy brief: aspiration and Venn diagram, values, recent versions, experiments and an evidence appendix.
import { useEffect, useMemo, useRef } from 'react';
import { createPortal } from 'react-dom';
import type { CairnExport } from '../../../shared/domain/interchange/cairnJson';
import { briefContent } from './briefContent';
import { briefFigure } from './briefFigure';
import { api } from '../../app/client';
import { useErrors } from '../shell/errorStore';
import './export.css';
import { formatDay, formatLongDay } from '../../ui/dates';
import { valueColourStyle } from '../../ui/valueColour';
import { VennFigure } from '../../ui/venn/VennFigure';

/** Beyond this many values the brief's figure takes the sheet's width, its text below. */
const WIDE_FIGURE_VALUES = 5;
const statusLabels = { idea: 'Idea', planned: 'Planned', running: 'Running', concluded: 'Concluded', dropped: 'Dropped' } as const;

interface StrategyBriefProps {
  document: CairnExport;
  onClose(): void;
}

function Paragraphs({ text, empty }: { text: string; empty: string }) {
  const parts = text.split(/\n{2,}/).map((part) => part.trim()).filter(Boolean);
  if (parts.length === 0) return <p className="muted">{empty}</p>;
  return (
    <>
      {parts.map((part, index) => (
        <p key={index}>{part}</p>
      ))}
    </>
  );
}

/** Desktop: print-to-PDF into a file chosen in a save dialog. Browser: the print dialog, which offers "Save as PDF". */
function printBrief(exportedAt: string): void {
  const saveNatively = api().saveNatively;
  if (!saveNatively) {
    window.print();
    return;
  }
  saveNatively({ kind: 'pdf', fileName: `cairn-strategy-brief-${exportedAt.slice(0, 10)}.pdf` }).catch((error: unknown) =>
    useErrors.getState().report('The brief was not saved as PDF', error),
  );
}

export function StrategyBrief({ document: journal, onClose }: StrategyBriefProps) {
  const content = useMemo(() => briefContent(journal), [journal]);
  const figure = useMemo(() => briefFigure(journal.strategy.layout, content.values), [journal, content]);
  const heading = useRef<HTMLHeadingElement>(null);
  const printed = formatLongDay(journal.exportedAt);

  useEffect(() => {
    heading.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  return createPortal(
    <div className="brief-root" role="dialog" aria-modal="true" aria-labelledby="brief-heading">
      <div className="brief-toolbar">
        <span className="brief-toolbar-hint">
          {api().saveNatively ? 'Saved as an A4 PDF where you choose.' : 'Choose “Save as PDF” as the printer to keep a PDF.'}
        </span>
        <button type="button" className="button button-primary" onClick={() => printBrief(journal.exportedAt)}>
          {api().saveNatively ? 'Save as PDF…' : 'Print or save as PDF…'}
        </button>
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </div>
      <article className="brief-sheet">
        <header className="brief-header">
          <p className="brief-kicker">Career strategy brief · {printed}</p>
          <h1 id="brief-heading" tabIndex={-1} ref={heading}>
            {content.aspiration.trim() || 'My career strategy'}
          </h1>
        </header>

        <section className={`brief-overview${figure.circles.length > WIDE_FIGURE_VALUES ? ' brief-overview-wide' : ''}`} aria-label="Aspiration and values">
          <VennFigure
            className="brief-venn"
            circles={figure.circles}
            width={figure.width}
            height={figure.height}
            aspiration={content.aspiration}
            title={`Venn diagram of ${figure.circles.length === 1 ? '1 value' : `${figure.circles.length} values`}`}
          />
          <div className="brief-overview-text">
            <h2>Strengths</h2>
            <Paragraphs text={content.strengths} empty="Not written yet." />
            <h2>Impact</h2>
            <Paragraphs text={content.impact} empty="Not written yet." />
          </div>
        </section>

        <section aria-labelledby="brief-values">
          <h2 id="brief-values">Values</h2>
          {content.values.length === 0 && <p className="muted">No values named yet.</p>}
          <ul className="brief-values">
            {content.values.map((value) => (
              <li key={value.id}>
                <span className="brief-swatch value-colour-fill" style={valueColourStyle(value.colour)} aria-hidden="true" />
                <strong>{value.label}</strong>
                {value.description && <span> — {value.description}</span>}
              </li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="brief-versions">
          <h2 id="brief-versions">Recent versions</h2>
          {content.versions.length === 0 && <p className="muted">No saved versions yet.</p>}
          <ol className="brief-versions">
            {content.versions.map((version) => (
              <li key={version.id}>
                <time dateTime={version.date}>{version.date}</time> {version.changeNote}
              </li>
            ))}
          </ol>
        </section>

        <section aria-labelledby="brief-experiments">
          <h2 id="brief-experiments">Experiments</h2>
          {content.experiments.length === 0 && <p className="muted">No experiments yet.</p>}
          <div className="brief-experiments">
            {content.experiments.map((experiment) => (
              <div key={experiment.id} className="brief-experiment">
                <h3>{experiment.title}</h3>
                <p className="brief-meta">
                  {experiment.kind} · {statusLabels[experiment.status]}
                  {experiment.when && ` · ${experiment.when}`}
                </p>
                {experiment.outcome && (
                  <p>
                    <strong>Outcome:</strong> {experiment.outcome}
                  </p>
                )}
                {experiment.learning && (
                  <p>
                    <strong>Learned:</strong> {experiment.learning}
                  </p>
                )}
              </div>
            ))}
          </div>
        </section>

        <section className="brief-appendix" aria-labelledby="brief-evidence">
          <h2 id="brief-evidence">Appendix: evidence</h2>
          <p className="muted">The most recent reflections linked to each value.</p>
          {content.evidence.length === 0 && <p className="muted">No reflections are linked to a value yet.</p>}
          {content.evidence.map((group) => (
            <div key={group.value.id} className="brief-evidence">
              <h3>{group.value.label}</h3>
              <ul>
                {group.reflections.map((reflection) => (
                  <li key={reflection.id}>
                    <time dateTime={reflection.entryDate}>{formatDay(reflection.entryDate)}</time> <strong>{reflection.title}</strong>
                    {reflection.excerpt && <span className="brief-excerpt"> {reflection.excerpt}</span>}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      </article>
    </div>,
    document.body,
  );
}
