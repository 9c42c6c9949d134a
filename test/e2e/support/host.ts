// Starts the built browser host on a fresh data folder and a free port, and stops it (gracefully or with SIGKILL).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { hostScriptIn, spawnHost } from '../../support/spawnHost';
import { callApi } from './api';

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
  const isNewJournal = !fs.existsSync(path.join(dataDir, 'cairn.db'));
  const { child, url, output, exited } = await spawnHost(hostScriptIn(path.resolve(import.meta.dirname, '../../..')), dataDir, extraArgs);
  const host: HostProcess = {
    url,
    origin: new URL(url).origin,
    dataDir,
    output,
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
