// "What next": offline rules over values, experiments, recent reflections and strategy versions, with one click to act.
import { useEffect, useReducer, useState } from 'react';
import { localCalendarDate } from '../../../shared/domain/dates';
import { RECENT_EVIDENCE_DAYS, whatNext, type Suggestion } from '../../../shared/domain/experiments/whatNext';
import type { Reflection } from '../../../shared/domain/reflection';
import type { StrategyVersion } from '../../../shared/domain/strategy';
import { api, useCoreChange } from '../../app/client';
import { useErrors } from '../shell/errorStore';
import { useNavigation } from '../shell/navigationStore';
import { useExperiments } from './experimentsStore';

function daysBefore(today: string, days: number): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  return localCalendarDate(new Date(y, m - 1, d - days));
}

async function loadEvidence(today: string) {
  const reflections: Reflection[] = [];
  let cursor: string | undefined;
  do {
    const page = await api()['reflections.list']({ limit: 200, from: daysBefore(today, RECENT_EVIDENCE_DAYS), ...(cursor ? { cursor } : {}) });
    reflections.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  const versions: StrategyVersion[] = [];
  for (let offset = 0; ; offset += 200) {
    const page = await api()['strategy.versions.list']({ limit: 200, offset });
    versions.push(...page.items);
    if (versions.length >= page.total || page.items.length === 0) break;
  }
  return { reflections, versions };
}

function SuggestionItem({ suggestion, onPlan }: { suggestion: Suggestion; onPlan(valueId: string): void }) {
  const select = useExperiments((state) => state.select);
  switch (suggestion.kind) {
    case 'untested-value':
      return (
        <li className="suggestion">
          <span>
            <strong>{suggestion.label}</strong> has no experiment and no reflection in the last {RECENT_EVIDENCE_DAYS} days. What small
            test would show whether it belongs in your work?
          </span>
          <button type="button" className="button button-small" aria-label={`Plan one for ${suggestion.label}`} onClick={() => onPlan(suggestion.valueId)}>
            Plan one
          </button>
        </li>
      );
    case 'overdue':
      return (
        <li className="suggestion">
          <span>
            <strong>{suggestion.title}</strong> was planned to end {suggestion.daysOver} {suggestion.daysOver === 1 ? 'day' : 'days'} ago.
            Conclude it, or give it a new end date.
          </span>
          <button type="button" className="button button-small" aria-label={`Open “${suggestion.title}”`} onClick={() => select(suggestion.experimentId)}>
            Open
          </button>
        </li>
      );
    case 'learning-not-in-strategy':
      return (
        <li className="suggestion">
          <span>
            The learning from <strong>{suggestion.title}</strong> has not reached a strategy version yet: “{suggestion.learning}”
          </span>
          <button
            type="button"
            className="button button-small"
            aria-label={`Check in with the learning from “${suggestion.title}”`}
            onClick={() => useNavigation.getState().open({ kind: 'check-in', note: suggestion.learning })}
          >
            Check in
          </button>
        </li>
      );
  }
}

export function WhatNextPanel({ onPlan }: { onPlan(valueId: string): void }) {
  const { items, values, status } = useExperiments();
  const [evidence, setEvidence] = useState<Awaited<ReturnType<typeof loadEvidence>> | null>(null);
  const today = localCalendarDate();
  // Recent reflections and saved versions are the evidence: a new one may answer a suggestion.
  const [generation, changed] = useReducer((n: number) => n + 1, 0);
  useCoreChange(['reflections', 'versions'], changed);

  useEffect(() => {
    loadEvidence(today)
      .then(setEvidence)
      .catch((error: unknown) => useErrors.getState().report('Could not work out what to try next', error));
  }, [today, generation]);

  if (status !== 'ready' || !evidence) return null;
  const suggestions = whatNext({ today, values, experiments: items, ...evidence });
  if (suggestions.length === 0) return null;
  return (
    <aside className="what-next" aria-labelledby="what-next-heading">
      <h2 id="what-next-heading">What next</h2>
      <ul className="suggestions">
        {suggestions.map((suggestion) => (
          <SuggestionItem key={`${suggestion.kind}-${'valueId' in suggestion ? suggestion.valueId : suggestion.experimentId}`} suggestion={suggestion} onPlan={onPlan} />
        ))}
      </ul>
    </aside>
  );
}
