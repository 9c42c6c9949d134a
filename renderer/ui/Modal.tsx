// A modal built on <dialog>: focus is trapped by the browser, Escape closes, focus returns to where it was.
import type { ReactNode } from 'react';
import { useModal } from './useModal';

interface ModalProps {
  open: boolean;
  labelledBy: string;
  describedBy?: string;
  className?: string;
  onClose(): void;
  children: ReactNode;
}

export function Modal({ open, labelledBy, describedBy, className, onClose, children }: ModalProps) {
  const ref = useModal(open);
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
