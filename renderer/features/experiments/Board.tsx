// The board: one column per status; cards move by dragging, by Alt+Arrow keys, or through "Move to…".
import { useEffect, useRef, useState } from 'react';
import { experimentStatuses, type Experiment } from '../../../shared/domain/experiment';
import { canMove, statusLabels, type ExperimentStatus } from '../../../shared/domain/experiments/transitions';
import { ExperimentCard } from './ExperimentCard';
import { useExperiments } from './experimentsStore';

const DRAG_TYPE = 'application/x-cairn-experiment';

const columnHints: Record<ExperimentStatus, string> = {
  idea: 'Worth trying some day',
  planned: 'Dates and criteria set',
  running: 'Gathering evidence',
  concluded: 'Outcome and learning',
  dropped: 'Stopped, with a reason',
};

/** The neighbouring column in board order, for Alt+Arrow moves. */
function neighbour(status: ExperimentStatus, step: 1 | -1): ExperimentStatus | undefined {
  return experimentStatuses[experimentStatuses.indexOf(status) + step];
}

/** Which control of a card had focus when it was moved, so focus lands on the same one in its new column. */
type CardPart = 'title' | 'move';

const partSelector: Record<CardPart, string> = { title: '.card-title', move: '.menu-button > button' };

export function Board() {
  const items = useExperiments((state) => state.items);
  const requestMove = useExperiments((state) => state.requestMove);
  const [dragging, setDragging] = useState<Experiment | null>(null);
  const [over, setOver] = useState<ExperimentStatus | null>(null);
  const boardRef = useRef<HTMLDivElement>(null);
  const refocus = useRef<{ id: string; part: CardPart } | null>(null);

  // A moved card is a new element in another column, and the one that held focus is gone: follow the card.
  useEffect(() => {
    const wanted = refocus.current;
    if (!wanted) return;
    const card = boardRef.current?.querySelector<HTMLElement>(`[data-experiment-id="${CSS.escape(wanted.id)}"]`);
    const active = document.activeElement;
    if (card?.contains(active)) {
      refocus.current = null;
    } else if (card && (active === null || active === document.body)) {
      card.querySelector<HTMLElement>(partSelector[wanted.part])?.focus();
      refocus.current = null;
    }
  }, [items]);

  function move(id: string, to: ExperimentStatus, part: CardPart) {
    refocus.current = { id, part };
    void requestMove(id, to);
  }

  return (
    <div className="board-wrap">
      <p className="board-help muted" id="board-help">
        Drag a card to another column, or focus a card and press Alt+→ or Alt+← (or use “Move to…”).
      </p>
      <div className="board" ref={boardRef}>
        {experimentStatuses.map((status) => {
          const cards = items.filter((e) => e.status === status);
          const droppable = dragging !== null && canMove(dragging.status, status) && dragging.status !== status;
          return (
            <section
              key={status}
              className={`board-column${over === status && droppable ? ' board-column-over' : ''}${dragging && !droppable && dragging.status !== status ? ' board-column-closed' : ''}`}
              aria-labelledby={`column-${status}`}
              data-status={status}
              onDragOver={(event) => {
                if (!droppable) return;
                event.preventDefault();
                event.dataTransfer.dropEffect = 'move';
                setOver(status);
              }}
              onDragLeave={() => setOver((current) => (current === status ? null : current))}
              onDrop={(event) => {
                event.preventDefault();
                const id = event.dataTransfer.getData(DRAG_TYPE);
                setOver(null);
                setDragging(null);
                if (id) void requestMove(id, status);
              }}
            >
              <header className="board-column-header">
                <h2 id={`column-${status}`}>
                  {statusLabels[status]} <span className="count">{cards.length}</span>
                </h2>
                <p className="muted">{columnHints[status]}</p>
              </header>
              <ul className="board-cards" aria-labelledby={`column-${status}`}>
                {cards.map((experiment) => (
                  <li
                    key={experiment.id}
                    data-experiment-id={experiment.id}
                    draggable
                    onDragStart={(event) => {
                      event.dataTransfer.setData(DRAG_TYPE, experiment.id);
                      event.dataTransfer.effectAllowed = 'move';
                      setDragging(experiment);
                    }}
                    onDragEnd={() => {
                      setDragging(null);
                      setOver(null);
                    }}
                    onKeyDown={(event) => {
                      if (!event.altKey || (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft')) return;
                      const target = neighbour(experiment.status, event.key === 'ArrowRight' ? 1 : -1);
                      event.preventDefault();
                      if (target) move(experiment.id, target, 'title');
                    }}
                  >
                    <ExperimentCard experiment={experiment} onMove={(to) => move(experiment.id, to, 'move')} />
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </div>
    </div>
  );
}
