// Compare any two strategy versions: the aspiration as a word diff, what happened to each value, both diagrams side by side.
import { useId, useMemo, useState } from 'react';
import { byCreation, comparisonPair, compareVersions, defaultComparisonPair } from '../../../shared/domain/versions/compare';
import { visibleCircles } from '../../../shared/domain/versions/timelapse';
import { AspirationDiff } from './AspirationDiff';
import { ValueChangeList } from './ValueChangeList';
import { VennFigure } from '../../ui/venn/VennFigure';
import { valueOfCircle, versionFigureCircles } from './versionFigure';
import type { VersionContent } from './versionContent';
import { describeCircleChanges, formatVersionDate, versionOptionLabel } from './versionText';

interface CompareVersionsProps {
  versions: readonly VersionContent[];
  /** A version to show against the one before it (when it was opened from the timeline). */
  focusId?: string | null;
}

function pairFor(ordered: readonly VersionContent[], focusId: string | null | undefined): [string, string] | null {
  const index = focusId ? ordered.findIndex((version) => version.id === focusId) : -1;
  if (index > 0) return [ordered[index - 1]?.id ?? '', focusId ?? ''];
  if (index === 0 && ordered[1]) return [ordered[0]?.id ?? '', ordered[1].id];
  const pair = defaultComparisonPair(ordered);
  return pair ? [pair[0].id, pair[1].id] : null;
}

export function CompareVersions({ versions, focusId }: CompareVersionsProps) {
  const ordered = useMemo(() => byCreation(versions), [versions]);
  // A pick holds until another version is opened from the timeline.
  const [chosen, setChosen] = useState<{ pair: [string, string]; focusId: string | null } | null>(null);
  const fromId = useId();
  const toId = useId();

  const known =
    chosen !== null &&
    chosen.focusId === (focusId ?? null) &&
    chosen.pair.every((id) => ordered.some((version) => version.id === id));
  const picked = known ? chosen.pair : pairFor(ordered, focusId);

  if (ordered.length < 2 || !picked) {
    return (
      <div className="empty-state">
        <h2>Nothing to compare yet</h2>
        <p>Save two versions of your strategy and Cairn shows what changed between them, word by word.</p>
      </div>
    );
  }

  const [from, to] = comparisonPair(ordered, picked[0], picked[1]);
  const comparison = compareVersions(from, to);
  const redrawn = describeCircleChanges(comparison.layout, from.layout.shown, to.layout.shown).map((change) => ({
    value: valueOfCircle(change.valueId, [...to.values, ...from.values]),
    words: change.words,
  }));
  const select = (side: 0 | 1, id: string) =>
    setChosen({ pair: side === 0 ? [id, picked[1]] : [picked[0], id], focusId: focusId ?? null });

  return (
    <div className="compare">
      <div className="compare-pickers">
        <label className="field" htmlFor={fromId}>
          Compare
        </label>
        <select id={fromId} className="select" value={picked[0]} onChange={(event) => select(0, event.target.value)}>
          {ordered.map((version) => (
            <option key={version.id} value={version.id}>
              {versionOptionLabel(version)}
            </option>
          ))}
        </select>
        <label className="field" htmlFor={toId}>
          with
        </label>
        <select id={toId} className="select" value={picked[1]} onChange={(event) => select(1, event.target.value)}>
          {ordered.map((version) => (
            <option key={version.id} value={version.id}>
              {versionOptionLabel(version)}
            </option>
          ))}
        </select>
      </div>

      {!comparison.hasChanges && <p className="compare-same">These two versions say the same thing.</p>}

      <section className="compare-section" aria-labelledby="compare-aspiration">
        <h2 id="compare-aspiration">Aspiration</h2>
        <AspirationDiff parts={comparison.aspiration} changed={comparison.aspirationChanged} />
      </section>

      <section className="compare-section" aria-labelledby="compare-values">
        <h2 id="compare-values">Values</h2>
        <ValueChangeList changes={comparison.values} redrawn={redrawn} />
      </section>

      <section className="compare-section" aria-labelledby="compare-venn">
        <h2 id="compare-venn">Venn diagrams</h2>
        <div className="compare-venns">
          {[comparison.from, comparison.to].map((version, index) => (
            <figure key={version.id} className="compare-venn">
              <VennFigure
                className="version-venn"
                circles={versionFigureCircles(visibleCircles(version.layout), version.values)}
                width={version.layout.width}
                height={version.layout.height}
                aspiration={version.aspiration}
                title={`Venn diagram, ${index === 0 ? 'older' : 'newer'} version of ${formatVersionDate(version.createdAt)}`}
              />
              <figcaption>
                <span className="compare-venn-date">{formatVersionDate(version.createdAt)}</span>
                <span className="compare-venn-note">{version.note}</span>
              </figcaption>
            </figure>
          ))}
        </div>
      </section>
    </div>
  );
}
