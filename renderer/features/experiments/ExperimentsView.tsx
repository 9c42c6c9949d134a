// The Experiments view: what to try next, then the board or the sortable list, or one experiment's page.
import { useEffect, useState } from 'react';
import { useNavigation } from '../shell/navigationStore';
import { Board } from './Board';
import { BoardNotice } from './BoardNotice';
import { ExperimentList } from './ExperimentList';
import { ExperimentPage } from './ExperimentPage';
import { MoveDialogs } from './MoveDialogs';
import { NewExperimentDialog } from './NewExperimentDialog';
import { WhatNextPanel } from './WhatNextPanel';
import { useExperiments } from './experimentsStore';
import './experiments.css';

export function ExperimentsView() {
  const { items, status, mode, selectedId, load, setMode, select } = useExperiments();
  const [creating, setCreating] = useState<{ valueIds: string[] } | null>(null);

  useEffect(() => {
    void load();
  }, [load]);

  const request = useNavigation((state) => state.request);
  useEffect(() => {
    if (request?.kind !== 'experiment') return;
    const wanted = useNavigation.getState().take('experiment');
    if (wanted) select(wanted.id);
  }, [request, select]);

  const selected = items.find((e) => e.id === selectedId);

  return (
    <section className="view experiments" aria-labelledby="experiments-heading">
      <header className="view-header">
        <h1 id="experiments-heading" tabIndex={-1}>Experiments</h1>
        <div className="experiments-toolbar">
          <div className="segmented" role="group" aria-label="Show experiments as">
            {(['board', 'list'] as const).map((option) => (
              <button
                key={option}
                type="button"
                className="segmented-option"
                aria-pressed={mode === option && !selected}
                onClick={() => setMode(option)}
              >
                {option === 'board' ? 'Board' : 'List'}
              </button>
            ))}
          </div>
          <button type="button" className="button button-primary" onClick={() => setCreating({ valueIds: [] })}>
            New experiment
          </button>
        </div>
      </header>
      <div className="experiments-body">
        <BoardNotice hidden={selected !== undefined} />
        {selected ? (
          <ExperimentPage key={selected.id} experiment={selected} />
        ) : status === 'ready' && items.length === 0 ? (
          <div className="empty-state">
            <h2>Test a direction cheaply</h2>
            <p>
              An experiment is a small, bounded try: a meetup, a coffee with someone in the role, a weekend project.
              Write what you expect before you start, and let the evidence change your strategy.
            </p>
            <button type="button" className="button button-primary" onClick={() => setCreating({ valueIds: [] })}>
              Plan your first experiment
            </button>
          </div>
        ) : (
          <>
            <WhatNextPanel onPlan={(valueId) => setCreating({ valueIds: [valueId] })} />
            {mode === 'board' ? <Board /> : <ExperimentList />}
          </>
        )}
      </div>
      <NewExperimentDialog open={creating !== null} valueIds={creating?.valueIds ?? []} onClose={() => setCreating(null)} />
      <MoveDialogs />
    </section>
  );
}
