// Starts the built browser host (dist/host/browser-host.cjs) on a seeded data folder, and reads its resident memory.
import { spawnSync } from 'node:child_process';
import { hostScriptIn, spawnHost } from '../../support/spawnHost';

export interface BenchHost {
  url: string;
  pid: number;
  /** Resident set size of the host process in bytes (ps), or null where ps is unavailable. */
  rssBytes(): number | null;
  stop(): Promise<void>;
}

export async function startBenchHost(repoRoot: string, dataDir: string): Promise<BenchHost> {
  const { child, url, exited } = await spawnHost(hostScriptIn(repoRoot), dataDir);
  const pid = child.pid!;
  return {
    url,
    pid,
    rssBytes() {
      const result = spawnSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' });
      const kib = Number(result.stdout.trim());
      return result.status === 0 && Number.isFinite(kib) && kib > 0 ? kib * 1024 : null;
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
