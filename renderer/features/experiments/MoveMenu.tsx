// "Move to…": a menu button listing the statuses this experiment may move to, usable with arrow keys and Escape.
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { menuPlace } from '../../ui/menuPlace';
import { nextStatuses, statusLabels, type ExperimentStatus } from '../../../shared/domain/experiments/transitions';

interface MoveMenuProps {
  title: string;
  status: ExperimentStatus;
  onMove(to: ExperimentStatus): void;
}

export function MoveMenu({ title, status, onMove }: MoveMenuProps) {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);
  const [place, setPlace] = useState<{ top: number; left: number } | null>(null);
  const targets = nextStatuses[status];

  // Placed against the window, not the card: the board's columns scroll and would cut it off. Below the button, or
  // above it when there is more room there, and never past either side; measured before paint.
  useLayoutEffect(() => {
    const button = buttonRef.current;
    const menu = menuRef.current;
    if (!open || !button || !menu) return;
    setPlace(menuPlace(button.getBoundingClientRect(), { width: menu.offsetWidth, height: menu.offsetHeight }, { width: window.innerWidth, height: window.innerHeight }));
  }, [open]);

  // A fixed menu would stay put while the page moved under it: scrolling closes it, as a native menu does.
  useEffect(() => {
    if (!open) return;
    const closeOnScroll = (event: Event) => {
      if (!menuRef.current?.contains(event.target as Node)) setOpen(false);
    };
    window.addEventListener('scroll', closeOnScroll, true);
    window.addEventListener('resize', closeOnScroll);
    return () => {
      window.removeEventListener('scroll', closeOnScroll, true);
      window.removeEventListener('resize', closeOnScroll);
    };
  }, [open]);

  useEffect(() => {
    if (open) menuRef.current?.querySelector<HTMLButtonElement>('button')?.focus();
  }, [open]);

  function close(returnFocus: boolean) {
    setOpen(false);
    setPlace(null);
    if (returnFocus) buttonRef.current?.focus();
  }

  return (
    <div
      className="move-menu"
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className="button button-quiet button-small"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={`Move to… “${title}”`}
        onClick={() => setOpen(!open)}
      >
        Move to…
      </button>
      {open && (
        <ul
          id={menuId}
          ref={menuRef}
          role="menu"
          aria-label={`Move “${title}” to`}
          className="menu"
          style={place ?? undefined}
          onKeyDown={(event) => {
            const items = [...(menuRef.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
            const index = items.indexOf(document.activeElement as HTMLButtonElement);
            if (event.key === 'Escape') {
              event.preventDefault();
              event.stopPropagation();
              close(true);
            } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
              event.preventDefault();
              const step = event.key === 'ArrowDown' ? 1 : -1;
              items[(index + step + items.length) % items.length]?.focus();
            }
          }}
        >
          {targets.map((target) => (
            <li key={target} role="none">
              <button
                type="button"
                role="menuitem"
                className="menu-item"
                onClick={() => {
                  close(true);
                  onMove(target);
                }}
              >
                {statusLabels[target]}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
