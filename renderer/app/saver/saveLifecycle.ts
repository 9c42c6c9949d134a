// Flushes every saver when the page hides or unloads, and when the desktop shell asks before its window closes.
import type { Api } from '../api';
import { KEEPALIVE_MAX_CHARS } from '../transport';
import { flushAllSavers, unsavedSize } from './saveRegistry';

export function installSaveLifecycle(client: Api): () => void {
  // Hidden may be the last the page sees (a tab closed, a phone-style kill); unload surely is.
  const flushUrgently = () => void flushAllSavers({ urgent: true });
  const onVisibility = () => document.visibilityState === 'hidden' && flushUrgently();
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (unsavedSize() === 0) return;
    // A closing tab can still send small saves (keepalive requests, see transport.ts); edits too big for that budget
    // would be lost silently, so the browser is asked to confirm leaving while they save.
    const tooBigForKeepalive = unsavedSize() > KEEPALIVE_MAX_CHARS;
    flushUrgently();
    if (tooBigForKeepalive) event.preventDefault();
  };
  document.addEventListener('visibilitychange', onVisibility);
  window.addEventListener('pagehide', flushUrgently);
  // The desktop shell closes its window itself only after the saves it asked for have landed (electron/main/flushOnClose.ts).
  if (client.host === 'browser') window.addEventListener('beforeunload', onBeforeUnload);
  const stopListening = client.on('app:flush', ({ requestId }) => {
    void flushAllSavers().finally(() => client.flushed(requestId));
  });
  return () => {
    document.removeEventListener('visibilitychange', onVisibility);
    window.removeEventListener('pagehide', flushUrgently);
    window.removeEventListener('beforeunload', onBeforeUnload);
    stopListening();
  };
}
