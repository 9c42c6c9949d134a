// The Strategy view: the aspiration, values as verbs, and the Venn diagram where they meet, with the evidence for each region.
import { useEffect } from 'react';
import { HiddenValueChips } from './HiddenValueChips';
import { isMacPlatform } from '../../ui/platform';
import { AspirationEditor } from './AspirationEditor';
import { ReflectionChips, RegionEvidence } from './RegionEvidence';
import { useStrategy } from './strategyStore';
import { ValuesPanel } from './ValuesPanel';
import { historyCommand } from './venn/layoutHistory';
import { VennEditor } from './venn/VennEditor';
import './strategy.css';
import { StrategyCheckInBar } from '../versions/StrategyCheckInBar';

/** Undo and redo of the diagram, unless focus is in a text field (which has its own undo). */
function useLayoutShortcuts() {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      const command = historyCommand(event, isMacPlatform());
      if (!command) return;
      event.preventDefault();
      if (command === 'undo') useStrategy.getState().undo();
      else useStrategy.getState().redo();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}

export function StrategyView() {
  const status = useStrategy((state) => state.status);
  useLayoutShortcuts();

  useEffect(() => {
    void useStrategy.getState().load();
    return () => void useStrategy.getState().flush();
  }, []);

  return (
    <section className="view strategy" aria-labelledby="strategy-heading">
      <header className="view-header">
        <div>
          <h1 id="strategy-heading" tabIndex={-1}>Strategy</h1>
          <p className="view-subtitle">Where the things you value meet is the work worth aiming for.</p>
        </div>
        <div className="strategy-header-actions">
          <StrategyCheckInBar />
        </div>
      </header>
      {status === 'ready' ? (
        <div className="strategy-body">
          <div className="strategy-main">
            <section className="card diagram-card" aria-labelledby="diagram-heading">
              <h2 id="diagram-heading">Where your values meet</h2>
              <VennEditor />
              <HiddenValueChips />
              <RegionEvidence />
            </section>
            <ReflectionChips />
          </div>
          <aside className="strategy-side">
            <section className="card" aria-labelledby="aspiration-heading">
              <h2 id="aspiration-heading">Aspiration</h2>
              <AspirationEditor />
            </section>
            <section className="card" aria-labelledby="values-heading">
              <h2 id="values-heading">Values</h2>
              <ValuesPanel />
            </section>
          </aside>
        </div>
      ) : (
        <p className="muted strategy-loading">Loading your strategy…</p>
      )}
    </section>
  );
}
