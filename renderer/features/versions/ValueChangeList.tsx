// What happened to each value between two versions: added, removed, renamed, re-described, recoloured, redrawn.
import type { ValueChanges } from '../../../shared/domain/versions/compare';
import type { StrategyValue } from '../../../shared/domain/versions/types';
import { valueColourStyle } from '../../ui/valueColour';

function Swatch({ colour }: { colour: string }) {
  return <span className="value-swatch value-colour-fill" style={valueColourStyle(colour)} aria-hidden="true" />;
}

function ValueName({ value }: { value: StrategyValue }) {
  return (
    <span className="value-name">
      <Swatch colour={value.colour} />
      {value.label}
    </span>
  );
}

/** A circle of the diagram and what happened to it, e.g. Teaching, "moved and grew". */
export interface RedrawnCircle {
  readonly value: StrategyValue;
  readonly words: string;
}

export function ValueChangeList({ changes, redrawn }: { changes: ValueChanges; redrawn: readonly RedrawnCircle[] }) {
  const rows = [
    ...changes.added.map((value) => (
      <li key={`added-${value.id}`} className="value-change">
        <span className="change-kind change-added">Added</span>
        <ValueName value={value} />
      </li>
    )),
    ...changes.removed.map((value) => (
      <li key={`removed-${value.id}`} className="value-change">
        <span className="change-kind change-removed">Removed</span>
        <ValueName value={value} />
      </li>
    )),
    ...changes.renamed.map((change) => (
      <li key={`renamed-${change.id}`} className="value-change">
        <span className="change-kind">Renamed</span>
        <span className="value-name">
          <Swatch colour={change.value.colour} />
          <del className="diff-removed">{change.from}</del>
          <span aria-hidden="true">→</span>
          <span className="visually-hidden">to</span>
          <ins className="diff-added">{change.to}</ins>
        </span>
      </li>
    )),
    ...changes.redescribed.map((change) => (
      <li key={`redescribed-${change.id}`} className="value-change">
        <span className="change-kind">Re-described</span>
        <span className="value-change-body">
          <ValueName value={change.value} />
          <span className="value-description">
            <del className="diff-removed">{change.from || 'no description'}</del>{' '}
            <span className="visually-hidden">now</span>
            <ins className="diff-added">{change.to || 'no description'}</ins>
          </span>
        </span>
      </li>
    )),
    ...changes.recoloured.map((change) => (
      <li key={`recoloured-${change.id}`} className="value-change">
        <span className="change-kind">Recoloured</span>
        <span className="value-name">
          <Swatch colour={change.from} />
          <span aria-hidden="true">→</span>
          <Swatch colour={change.to} />
          {change.value.label}
        </span>
      </li>
    )),
  ];
  return (
    <>
      {rows.length > 0 ? <ul className="value-changes">{rows}</ul> : <p className="muted">The values did not change.</p>}
      {redrawn.length > 0 && (
        <div className="circle-changes">
          <p className="muted">
            In the diagram, {redrawn.length === 1 ? 'one circle' : `${redrawn.length} circles`} changed:
          </p>
          <ul className="value-changes">
            {redrawn.map(({ value, words }) => (
              <li key={value.id} className="value-change">
                <span className="change-kind">Redrawn</span>
                <span className="value-name">
                  <Swatch colour={value.colour} />
                  {value.label} {words}
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
