// The full integrity check after each open of the journal, and what its finding of damage sets off.
import type { IntegrityCheck } from './openChecks';

export interface BackgroundCheckOptions {
  /**
   * The full integrity check of the open file, started after every open (the open itself checks only what is cheap).
   * It settles with its verdict, or rejects when it could not run; the signal aborts it when the journal closes.
   */
  verify?: IntegrityCheck;
  /**
   * Called with the damage the check found and how to act on it: `enter` closes the journal and shows it as damaged
   * (returning false when it was closed or reopened meanwhile). The core calls it between writes.
   */
  onDamageFound?: (problem: string, enter: () => boolean) => void;
  /** A check that could not run (never reported as damage). */
  onCheckFailed?: (error: unknown) => void;
}

export interface BackgroundCheck {
  /** Checks the file just opened; `isOpen` and `showDamaged` act on the journal only while this same opening lasts. */
  start(file: string, passphrase: string | null, isOpen: () => boolean, showDamaged: (problem: string) => void): void;
  /** The journal is closing: the check under way is abandoned and its verdict ignored. */
  stop(): void;
}

export function createBackgroundCheck({ verify, onDamageFound, onCheckFailed }: BackgroundCheckOptions): BackgroundCheck {
  let session = new AbortController();
  return {
    start(file, passphrase, isOpen, showDamaged) {
      if (!verify) return;
      session.abort();
      const opened = new AbortController();
      session = opened;
      const stillOpen = () => !opened.signal.aborted && isOpen();
      verify(file, passphrase, opened.signal).then(
        (result) => {
          if (result.ok || !stillOpen()) return;
          const enter = () => {
            if (!stillOpen()) return false;
            showDamaged(result.problem);
            return true;
          };
          if (onDamageFound) onDamageFound(result.problem, enter);
          else enter();
        },
        (error: unknown) => {
          if (!opened.signal.aborted) onCheckFailed?.(error);
        },
      );
    },
    stop() {
      session.abort();
    },
  };
}
