// Spawns the built browser host (dist/host/browser-host.cjs) and waits for the line that says where it runs.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** The built host under a checkout's root (passed in: the bench runs bundled as CommonJS, where import.meta is empty). */
export function hostScriptIn(repoRoot: string): string {
  return path.join(repoRoot, 'dist/host/browser-host.cjs');
}

/** How long a start may take on a loaded two-core machine before it counts as failed. */
const START_TIMEOUT_MS = 30_000;

export interface SpawnedHost {
  child: ChildProcess;
  url: string;
  /** Everything the host printed so far, stdout and stderr together. */
  output(): string;
  exited: Promise<void>;
}

export async function spawnHost(hostScript: string, dataDir: string, extraArgs: string[] = []): Promise<SpawnedHost> {
  if (!fs.existsSync(hostScript)) throw new Error('Build first: npm run build (dist/host/browser-host.cjs is missing).');
  const child = spawn(process.execPath, [hostScript, '--data-dir', dataDir, '--port', '0', '--no-open', ...extraArgs], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The browser host did not start:\n${output}`)), START_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /^Cairn is running at (http:\/\/127\.0\.0\.1:\d+\/\S*)$/m.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The browser host exited with ${code}:\n${output}`));
    });
  });
  return { child, url, output: () => output, exited };
}
