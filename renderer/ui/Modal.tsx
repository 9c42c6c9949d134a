// A modal built on <dialog>: focus is trapped by the browser, Escape closes, focus returns to where it was.
import { useEffect, useRef, type ReactNode } from 'react';

interface ModalProps {
  open: boolean;
  labelledBy: string;
  describedBy?: string;
  className?: string;
  onClose(): void;
  children: ReactNode;
}

export function Modal({ open, labelledBy, describedBy, className, onClose, children }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      className={`dialog ${className ?? ''}`}
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      {open && children}
    </dialog>
  );
}
