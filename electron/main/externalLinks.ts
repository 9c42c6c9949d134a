// Links from an entry's preview open in the system browser, only for http(s) URLs and only after the person confirms.
import { z } from 'zod';

export const externalUrlSchema = z.url({ protocol: /^https?$/, normalize: true }).max(4_000);

export interface ExternalLinkDeps {
  confirm(url: string): Promise<boolean>;
  open(url: string): Promise<void>;
}

export type ExternalLinkOutcome = 'opened' | 'declined' | 'refused';

/** The page asked to open `raw`: refuse anything but http(s), ask the person, then hand it to the system browser. */
export function createExternalLinkOpener(deps: ExternalLinkDeps) {
  return async (raw: string): Promise<ExternalLinkOutcome> => {
    const parsed = externalUrlSchema.safeParse(raw);
    if (!parsed.success) return 'refused';
    if (!(await deps.confirm(parsed.data))) return 'declined';
    await deps.open(parsed.data);
    return 'opened';
  };
}
