// The hypothesis, guided as "If I …, I expect …, which would tell me …", or free text when it was written otherwise.
import { useState } from 'react';
import { composeHypothesis, parseHypothesis, type HypothesisParts } from '../../../shared/domain/experiments/hypothesis';

export function HypothesisField({ value, onChange }: { value: string; onChange(value: string): void }) {
  const [parts, setParts] = useState<HypothesisParts | null>(() => parseHypothesis(value));

  if (!parts) {
    return (
      <label className="field form-section hypothesis-field">
        <span className="legend-like">Hypothesis</span>
        <textarea dir="auto" rows={3} value={value} onChange={(event) => onChange(event.target.value)} />
      </label>
    );
  }

  function edit(part: keyof HypothesisParts, text: string) {
    const next = { ...(parts as HypothesisParts), [part]: text };
    setParts(next);
    onChange(composeHypothesis(next));
  }

  return (
    <fieldset className="form-section hypothesis hypothesis-field">
      <legend>Hypothesis</legend>
      <label className="hypothesis-line">
        <span>If I</span>
        <input dir="auto" value={parts.action} placeholder="go to three data meetups this month" onChange={(event) => edit('action', event.target.value)} />
      </label>
      <label className="hypothesis-line">
        <span>I expect</span>
        <input dir="auto" value={parts.expectation} placeholder="the conversations to energise me" onChange={(event) => edit('expectation', event.target.value)} />
      </label>
      <label className="hypothesis-line">
        <span>which would tell me</span>
        <input dir="auto" value={parts.meaning} placeholder="analytics work suits me" onChange={(event) => edit('meaning', event.target.value)} />
      </label>
    </fieldset>
  );
}
