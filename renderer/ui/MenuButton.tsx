// A button that opens a menu of actions: arrow keys move, Escape closes and returns focus, and the menu is placed
// against the window (menuPlace) so no scrolling box around the button can cut it off.
import { useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { menuPlace } from './menuPlace';
import './menuButton.css';

export interface MenuAction {
  id: string;
  label: string;
  onSelect(): void;
}

interface MenuButtonProps {
  /** What the button shows, and its accessible name when that differs. */
  children: ReactNode;
  ariaLabel?: string;
  menuLabel: string;
  actions: readonly MenuAction[];
  className?: string;
}

export function MenuButton({ children, ariaLabel, menuLabel, actions, className = 'button button-quiet button-small' }: MenuButtonProps) {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);
  const [place, setPlace] = useState<{ top: number; left: number } | null>(null);

  // Below the button, or above it when there is more room there, and never past either side; measured before paint.
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
      className="menu-button"
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className={className}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={ariaLabel}
        onClick={() => setOpen(!open)}
      >
        {children}
      </button>
      {open && (
        <ul
          id={menuId}
          ref={menuRef}
          role="menu"
          aria-label={menuLabel}
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
          {actions.map((action) => (
            <li key={action.id} role="none">
              <button
                type="button"
                role="menuitem"
                className="menu-item"
                onClick={() => {
                  close(true);
                  action.onSelect();
                }}
              >
                {action.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
