// What every handler group is given: the journal (open, locked or damaged) and the app's facts.
import type { AppInfo } from '../../../shared/contract';
import type { Clock } from '../clock';
import type { Jobs } from '../jobs';
import type { Journal } from '../store/journal';
import type { SyncEngine } from '../sync/syncEngine';

export interface HandlerContext {
  journal: Journal;
  info: () => AppInfo;
  clock: Clock;
  /** Settings the core acts on itself (auto-lock, backup rotation) changed. */
  onSettingsChanged: () => void;
  /** Long operations' progress and cancel. */
  jobs: Jobs;
  /** Sync through a folder (Settings → Sync). */
  sync: SyncEngine;
}
