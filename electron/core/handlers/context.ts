// What every handler group is given: the journal (open, locked or damaged) and the app's facts.
import type { AppInfo } from '../../../shared/contract';
import type { Clock } from '../clock';
import type { Journal } from '../store/journal';

export interface HandlerContext {
  journal: Journal;
  info: () => AppInfo;
  clock: Clock;
  /** Settings the core acts on itself (auto-lock, backup rotation) changed. */
  onSettingsChanged: () => void;
}
