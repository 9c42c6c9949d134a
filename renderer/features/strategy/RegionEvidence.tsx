// The selected region's evidence: the reflections and experiments linked to exactly its values, and a keyboard way to link one.
import { useEffect, useMemo, useState } from 'react';
import { itemsInRegion } from '../../../shared/domain/evidence';
import { joinNames } from '../../../shared/domain/venn/describe';
import type { Reflection } from '../../../shared/domain/reflection';
import { api, useCoreRevision } from '../../app/client';
import { useErrors } from '../shell/errorStore';
import { useNavigation } from '../shell/navigationStore';
import { useStrategy } from './strategyStore';
import { REFLECTION_DRAG_TYPE } from './venn/VennEditor';

const RECENT_LIMIT = 8;

function useRecentReflections(): Reflection[] {
  const evidence = useStrategy((state) => state.evidence);
  const [recent, setRecent] = useState<Reflection[]>([]);
  // A reflection written or deleted anywhere changes which are the most recent.
  const revision = useCoreRevision(['reflections']);
  useEffect(() => {
    api()['reflections.list']({ limit: RECENT_LIMIT }).then(
      (page) => setRecent(page.items), (error: unknown) => useErrors.getState().report('Could not list recent reflections', error));
  }, [evidence, revision]);
  return recent;
}

function reflectionName(reflection: Reflection): string {
  return reflection.title || reflection.body.slice(0, 60) || 'Untitled reflection';
}

/** Recent reflections as chips to drag onto a region of the diagram. */
const NONE_SHOWN: readonly string[] = [];

export function ReflectionChips() {
  const recent = useRecentReflections();
  if (recent.length === 0) return null;
  return (
    <section className="chips" aria-labelledby="chips-heading">
      <h3 id="chips-heading">Recent reflections</h3>
      <p className="muted">Drag one onto a region to link it to those values, or pick a region and link it there.</p>
      <ul className="chip-list">
        {recent.map((reflection) => (
          <li
            key={reflection.id}
            className="chip"
            draggable
            onDragStart={(event) => {
              event.dataTransfer.setData(REFLECTION_DRAG_TYPE, reflection.id);
              event.dataTransfer.effectAllowed = 'link';
            }}
          >
            {reflectionName(reflection)}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function RegionEvidence() {
  const region = useStrategy((state) => state.selectedRegion);
  const evidence = useStrategy((state) => state.evidence);
  const shown = useStrategy((state) => state.history?.present.shown ?? NONE_SHOWN);
  const values = useStrategy((state) => state.values);
  const recent = useRecentReflections();
  const [toLink, setToLink] = useState('');
  const items = useMemo(() => (region ? itemsInRegion(evidence, shown, region) : []), [region, evidence, shown]);
  if (!region) {
    return <p className="muted region-hint">Select a region of the diagram to see the reflections and experiments that express exactly those values.</p>;
  }
  const name = joinNames(region.map((id) => values.find((value) => value.id === id)?.label ?? ''));
  return (
    <section className="region-evidence" aria-labelledby="region-heading">
      <div className="region-head">
        <h3 id="region-heading">{name}</h3>
        <button type="button" className="button button-quiet" onClick={() => useStrategy.getState().selectRegion(null)}>
          Close
        </button>
      </div>
      {items.length === 0 ? (
        <p className="muted">Nothing is linked to exactly these values yet.</p>
      ) : (
        <ul className="evidence-list" aria-label={`Evidence for ${name}`}>
          {items.map((item) => (
            <li key={`${item.kind}-${item.id}`}>
              <button
                type="button"
                className="evidence-item"
                onClick={() => useNavigation.getState().open({ kind: item.kind, id: item.id })}
              >
                <span className="evidence-kind">{item.kind === 'reflection' ? 'Reflection' : 'Experiment'}</span>
                <span className="evidence-title">{item.title || 'Untitled'}</span>
                {item.date && <span className="evidence-date">{item.date}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
      {recent.length > 0 && (
        <form
          className="link-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (toLink) void useStrategy.getState().linkReflection(toLink, region).then(() => setToLink(''));
          }}
        >
          <label htmlFor="link-reflection" className="field-label">
            Link a recent reflection here
          </label>
          <div className="add-value-row">
            <select id="link-reflection" value={toLink} onChange={(event) => setToLink(event.target.value)}>
              <option value="">Choose a reflection…</option>
              {recent.map((reflection) => (
                <option key={reflection.id} value={reflection.id}>
                  {reflectionName(reflection)}
                </option>
              ))}
            </select>
            <button type="submit" className="button" disabled={!toLink}>
              Link
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
