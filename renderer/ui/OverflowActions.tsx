// A bar of actions on one line: what does not fit the room it has goes into a "More" menu (overflowFit decides),
// measured again whenever the bar's width changes, so a small window never wraps the bar or pushes a button away.
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { MenuButton, type MenuAction } from './MenuButton';
import { overflowing } from './overflowFit';
import './overflowActions.css';

interface BarItem {
  id: string;
  label: string;
  /** What the bar's button shows, when it is more than the label (a key hint); the menu shows the label. */
  content?: ReactNode;
  className?: string;
  /** The primary action stays on the bar however narrow it gets. */
  kept?: boolean;
}

/** A button, or a menu of actions whose items join the More menu when it moves there. */
export type BarAction = BarItem & ({ onSelect(): void; menu?: never } | { menu: readonly MenuAction[]; onSelect?: never });

export function OverflowActions({ label, actions }: { label: string; actions: readonly BarAction[] }) {
  const barRef = useRef<HTMLDivElement>(null);
  const measureRef = useRef<HTMLDivElement>(null);
  const [moved, setMoved] = useState<readonly number[]>([]);
  const signature = actions.map((action) => `${action.id}:${action.label}:${action.kept === true}`).join('|');

  useLayoutEffect(() => {
    const bar = barRef.current;
    const measure = measureRef.current;
    if (!bar || !measure) return;
    const fit = () => {
      const measured = [...measure.children] as HTMLElement[];
      const natural = measured.map((child) => child.offsetWidth);
      const next = overflowing({
        widths: natural.slice(0, -1),
        kept: measured.slice(0, -1).map((child) => child.dataset.kept === 'true'),
        gap: Number.parseFloat(getComputedStyle(bar).columnGap) || 0,
        moreWidth: natural.at(-1) ?? 0,
        room: bar.clientWidth,
      });
      setMoved((current) => (current.join() === next.join() ? current : next));
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(bar);
    return () => observer.disconnect();
  }, [signature]);

  const more = actions.filter((_, index) => moved.includes(index)).flatMap((action): MenuAction[] => (action.menu ? [...action.menu] : [action]));
  return (
    <div className="overflow-actions" ref={barRef} role="group" aria-label={label}>
      {actions.map(
        (action, index) =>
          !moved.includes(index) &&
          (action.menu ? (
            <MenuButton key={action.id} className={action.className ?? 'button'} ariaLabel={action.label} menuLabel={action.label} actions={action.menu}>
              {action.content ?? action.label}
            </MenuButton>
          ) : (
            <button key={action.id} type="button" className={action.className ?? 'button'} onClick={action.onSelect}>
              {action.content ?? action.label}
            </button>
          )),
      )}
      {more.length > 0 && (
        <MenuButton className="button" menuLabel={`More: ${label}`} actions={more}>
          More…
        </MenuButton>
      )}
      {/* Every action at its natural width, and the More button, measured out of sight. */}
      <div className="overflow-measure" ref={measureRef} aria-hidden="true" inert>
        {actions.map((action) => (
          <span key={action.id} data-kept={action.kept === true}>
            <span className={action.className ?? 'button'}>{action.content ?? action.label}</span>
          </span>
        ))}
        <span>
          <span className="button">More…</span>
        </span>
      </div>
    </div>
  );
}
