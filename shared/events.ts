// Events the shell pushes to the renderer (menu commands and the like), apart from the operations so a client can
// listen without loading every operation's schemas.
import { z } from 'zod';
import { coreChangeSchema } from './changes';
import { progressSchema } from './progress';

export const menuCommands = [
  'new-reflection',
  'go-journal',
  // The method's views by number (issue 23).
  'go-strategy',
  'go-experiments',
  'go-timeline',
  'go-insight',
  'go-trash',
  'go-settings',
  // The journal's writing commands (issue 4).
  'go-search',
  'next-reflection',
  'previous-reflection',
  'toggle-preview',
  'toggle-focus-mode',
  'show-shortcuts',
] as const;
export type MenuCommand = (typeof menuCommands)[number];
export const eventContract = {
  'menu:command': z.object({ command: z.enum(menuCommands) }),
  /** The core committed a write (issue 15): views showing these aggregates refetch. */
  'core:changed': coreChangeSchema,
  /** How a long operation the page started (an import) is going, in order, ending in done, failed or cancelled. */
  'core:progress': progressSchema,
  /** The core's worker thread stopped unexpectedly and was started again; the journal was reopened (issue 18). */
  'core:restarted': z.object({ message: z.string().max(500) }),
  /** The desktop shell is about to close the window (or quit): flush every saver, then answer on FLUSHED_CHANNEL. */
  'app:flush': z.object({ requestId: z.number().int().nonnegative() }),
} as const;
export type EventName = keyof typeof eventContract;
export type EventPayload<K extends EventName> = z.infer<(typeof eventContract)[K]>;
export const eventNames = Object.keys(eventContract) as EventName[];


/** The one channel the desktop shell pushes every event on, as (name, payload). */
export const EVENT_CHANNEL = 'cairn:event';

/** The renderer's answer to `app:flush`, carrying the request's id. */
export const FLUSHED_CHANNEL = 'cairn:flushed';
