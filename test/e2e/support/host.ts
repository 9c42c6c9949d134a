// Starts the built browser host on a fresh data folder and a free port, and stops it (gracefully or with SIGKILL).
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { callApi } from './api';

const hostScript = path.resolve(import.meta.dirname, '../../../dist/host/browser-host.cjs');

export interface HostProcess {
  url: string;
  origin: string;
  dataDir: string;
  output(): string;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export function makeDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'cairn-e2e-'));
}

export interface StartOptions {
  /**
   * A new journal opens on the guided first run. Most specs are about something else, so a journal
   * this start creates is marked as past it unless the spec asks for the first run.
   */
  firstRun?: 'skip' | 'show';
}

export async function startHost(dataDir: string, extraArgs: string[] = [], options: StartOptions = {}): Promise<HostProcess> {
  if (!fs.existsSync(hostScript)) throw new Error('Build first: npm run build (dist/host/browser-host.cjs is missing).');
  const isNewJournal = !fs.existsSync(path.join(dataDir, 'cairn.db'));
  const child: ChildProcess = spawn(process.execPath, [hostScript, '--data-dir', dataDir, '--port', '0', '--no-open', ...extraArgs], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Host did not start:\n${output}`)), 15_000);
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
      reject(new Error(`Host exited with ${code}:\n${output}`));
    });
  });
  const host: HostProcess = {
    url,
    origin: new URL(url).origin,
    dataDir,
    output: () => output,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
  if (isNewJournal && options.firstRun !== 'show') {
    await callApi(host, 'settings.set', { key: 'firstRun', value: { state: 'done', step: 0 } });
  }
  return host;
}
