// Runs sync soon after the folder changes (fs.watch) or a local write, and every few seconds anyway (a watch can miss events).
import fs from 'node:fs';

export interface FolderWatchOptions {
  /** The folder to watch now (null: sync is off), asked again on every rescan, so a new folder is picked up. */
  folder: () => string | null;
  run: () => void;
  onError: (error: unknown) => void;
  rescanMs?: number;
  settleMs?: number;
}

export function watchSyncFolder(options: FolderWatchOptions) {
  const settleMs = options.settleMs ?? 300;
  let watched: { folder: string; watcher: fs.FSWatcher } | null = null;
  let pending: NodeJS.Timeout | null = null;

  function runNow(): void {
    pending = null;
    try {
      follow();
      options.run();
    } catch (error) {
      options.onError(error);
    }
  }

  function soon(delay = settleMs): void {
    if (pending) return;
    pending = setTimeout(runNow, delay);
    pending.unref();
  }

  /** Watches the folder sync uses now, and stops watching one it no longer uses. */
  function follow(): void {
    const folder = options.folder();
    if (watched?.folder === folder) return;
    watched?.watcher.close();
    watched = null;
    if (folder === null || !fs.existsSync(folder)) return;
    const watcher = fs.watch(folder, { recursive: true, persistent: false }, () => soon());
    watcher.on('error', options.onError);
    watched = { folder, watcher };
  }

  const timer = setInterval(() => soon(0), options.rescanMs ?? 5_000);
  timer.unref();
  return {
    /** A local write happened: publish it shortly, once a burst of autosaves settles. */
    poke: () => soon(1_000),
    close(): void {
      clearInterval(timer);
      if (pending) clearTimeout(pending);
      watched?.watcher.close();
      watched = null;
    },
  };
}
