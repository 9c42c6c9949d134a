// What gives energy and what drains it, in plain sentences; each lists the reflections it counts.
import { MIN_DIFFERENCE_FOR_CLAIM, MIN_ENTRIES_FOR_CLAIM } from '../../../shared/domain/insight/associations';
import type { InsightSentence } from '../../../shared/domain/insight/insightSchema';
import type { InsightSelection } from './insightSelection';

interface Props {
  sentences: readonly InsightSentence[];
  selection: InsightSelection | null;
  onSelect(selection: InsightSelection): void;
}

const isSelected = (sentence: InsightSentence, selection: InsightSelection | null) =>
  selection?.kind === 'sentence' && selection.factorKind === sentence.kind && selection.id === sentence.id && selection.measure === sentence.measure;

function SentenceList({ label, sentences, selection, onSelect }: Props & { label: string }) {
  if (sentences.length === 0) return null;
  return (
    <>
      <h3>{label}</h3>
      <ul className="insight-sentences" aria-label={label}>
        {sentences.map((sentence) => (
          <li key={`${sentence.kind}:${sentence.id}:${sentence.measure}`}>
            <button
              type="button"
              className={`insight-sentence insight-${sentence.claim}`}
              aria-pressed={isSelected(sentence, selection)}
              onClick={() => onSelect({ kind: 'sentence', factorKind: sentence.kind, id: sentence.id, measure: sentence.measure })}
            >
              {sentence.text}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}

export function InsightSentences({ sentences, selection, onSelect }: Props) {
  return (
    <section className="insight-card" aria-labelledby="insight-sentences-heading">
      <h2 id="insight-sentences-heading">What gives energy, and what drains it</h2>
      {sentences.length === 0 ? (
        <p className="muted">
          No clear pattern yet. Insight speaks of a value, tag, experiment or person once {MIN_ENTRIES_FOR_CLAIM} rated
          reflections go with it and {MIN_ENTRIES_FOR_CLAIM} without, and their averages differ by at least{' '}
          {MIN_DIFFERENCE_FOR_CLAIM} points.
        </p>
      ) : (
        <>
          <SentenceList label="Gives" sentences={sentences.filter((s) => s.claim === 'gives')} selection={selection} onSelect={onSelect} />
          <SentenceList label="Drains" sentences={sentences.filter((s) => s.claim === 'drains')} selection={selection} onSelect={onSelect} />
        </>
      )}
    </section>
  );
}
