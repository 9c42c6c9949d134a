// Starts the built browser host (dist/host/browser-host.cjs) on a seeded data folder, and reads its resident memory.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export interface BenchHost {
  url: string;
  pid: number;
  /** Resident set size of the host process in bytes (ps), or null where ps is unavailable. */
  rssBytes(): number | null;
  stop(): Promise<void>;
}

export async function startBenchHost(repoRoot: string, dataDir: string): Promise<BenchHost> {
  const script = path.join(repoRoot, 'dist/host/browser-host.cjs');
  if (!fs.existsSync(script)) throw new Error('dist/host/browser-host.cjs is missing: build first (npm run bench builds).');
  const child = spawn(process.execPath, [script, '--data-dir', dataDir, '--port', '0', '--no-open'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The browser host did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /^Cairn is running at (http:\/\/127\.0\.0\.1:\d+\/\S*)$/m.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The browser host exited with ${code}:\n${output}`));
    });
  });
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
