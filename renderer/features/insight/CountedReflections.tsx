// The reflections behind the figure chosen above, newest first, each opening its entry in the Journal.
import { useEffect, useRef } from 'react';
import { formatMean } from '../../../shared/domain/insight/sentences';
import { displayTitle } from '../journal/reflectionText';
import { useNavigation } from '../shell/navigationStore';
import { formatDay } from './insightText';
import type { SelectedEntries } from './insightSelection';

const rating = (label: string, value: number | null) => (value === null ? `${label} not rated` : `${label} ${formatMean(value).replace(/\.0$/, '')}`);

export function CountedReflections({ selected, onClose }: { selected: SelectedEntries; onClose(): void }) {
  const heading = useRef<HTMLHeadingElement | null>(null);
  const open = useNavigation((state) => state.open);
  // A keyboard user who chose a figure lands on what it lists (the view gives each choice its own list, so a refresh of
  // the same list leaves focus where it is).
  useEffect(() => {
    heading.current?.focus();
  }, []);

  return (
    <section className="insight-card insight-counted" aria-labelledby="insight-counted-heading">
      <div className="insight-card-head">
        <h2 id="insight-counted-heading" ref={heading} tabIndex={-1}>
          {selected.title}
        </h2>
        <button type="button" className="button button-quiet" onClick={onClose}>
          Close the list
        </button>
      </div>
      <ul className="insight-entries" aria-label="Reflections counted">
        {selected.entries.map((entry) => (
          <li key={entry.id}>
            <button type="button" className="insight-entry" onClick={() => open({ kind: 'reflection', id: entry.id })}>
              <span className="insight-entry-date">{formatDay(entry.date)}</span>
              <span className="insight-entry-title">{displayTitle({ title: entry.title, body: entry.lead })}</span>
              <span className="insight-entry-ratings muted">
                {rating('Energy', entry.energy)} · {rating('Engagement', entry.engagement)}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
