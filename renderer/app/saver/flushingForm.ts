// The events that make a form's saver write at once: submitting it (Enter), focus leaving it, and Ctrl/Cmd+S.
import type { FocusEvent, FormEvent, KeyboardEvent } from 'react';

function isSaveShortcut(event: { metaKey: boolean; ctrlKey: boolean; key: string }): boolean {
  return (event.metaKey || event.ctrlKey) && event.key.toLowerCase() === 's';
}

/** Props for a `<form>`; `onKeyDown` runs after the save shortcut for the form's own keys. */
export function flushingForm(saver: { flush(): Promise<unknown> }, onKeyDown?: (event: KeyboardEvent<HTMLFormElement>) => void) {
  return {
    onSubmit(event: FormEvent<HTMLFormElement>) {
      event.preventDefault();
      void saver.flush();
    },
    onBlur(_event: FocusEvent<HTMLFormElement>) {
      void saver.flush();
    },
    onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
      if (isSaveShortcut(event)) {
        event.preventDefault();
        void saver.flush();
      }
      onKeyDown?.(event);
    },
  };
}
