// The first requests of a launch leave before React's first render: the journal's status and its first page.
import { prefetchFirstPage } from '../features/journal/journalStore';
import { useSecurity } from '../features/security/securityStore';
import { useErrors } from '../features/shell/errorStore';

export function beginStartup(): void {
  prefetchFirstPage();
  useSecurity.getState().refresh().catch((error: unknown) => useErrors.getState().report('Could not open your journal', error));
}
