// Browser mode opens the browser with a one-time launch code: the token is on no command line and in no file another user can read.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { launchBrowserHost, type LaunchedHost } from '../../../../electron/browser-host/launch';
import { coreWorkerScript } from '../../../support/coreWorkerScript';
import { rawRequest } from '../../../support/httpRequest';
import { tempDir } from '../core/coreFixture';

const standIn = path.join(import.meta.dirname, 'standInBrowser.cjs');
let launched: LaunchedHost | undefined;
let standInPid: number | undefined;
afterEach(async () => {
  if (standInPid !== undefined) process.kill(standInPid, 'SIGKILL');
  standInPid = undefined;
  await launched?.stop();
  launched = undefined;
});

interface Visit {
  pid: number;
  argv: string[];
  status: number;
  location: string;
  cookie: string[];
}

async function waitForReport(file: string): Promise<Visit> {
  for (let attempt = 0; attempt < 300; attempt += 1) {
    if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8')) as Visit;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('The stand-in browser never reported its visit.');
}

function commandLines(): string[] {
  return fs.readdirSync('/proc').flatMap((entry) => {
    if (!/^\d+$/.test(entry)) return [];
    try {
      return [fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ')];
    } catch {
      return [];
    }
  });
}

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

describe.skipIf(process.platform !== 'linux')('launching browser mode', () => {
  it('opens the browser with a one-time code for a session cookie, never the token, and refuses the code a second time', async () => {
    const dataDir = tempDir();
    const reportFile = path.join(tempDir(), 'visit.json');
    const printed: string[] = [];
    launched = await launchBrowserHost({
      argv: ['--data-dir', dataDir, '--port', '0'],
      env: { ...process.env, BROWSER: standIn, CAIRN_STAND_IN_REPORT: reportFile },
      appVersion: '0.0.0-test',
      staticDir: tempDir(),
      coreWorker: await coreWorkerScript(),
      log: (line) => printed.push(line),
    });
    const { host } = launched;
    const token = new URL(host.url).hash.replace('#token=', '');
    expect(token.length).toBeGreaterThan(20);
    // The person who started Cairn still gets a working address on their own terminal.
    expect(printed.join('\n')).toContain(host.url);

    const visit = await waitForReport(reportFile);
    standInPid = visit.pid;
    expect(visit.argv.join(' ')).not.toContain(token);
    expect([visit.status, visit.location]).toEqual([303, '/']);
    const cookie = visit.cookie[0] ?? '';
    expect(cookie).toContain(`cairn_session=${token}`);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);

    for (const line of commandLines()) expect(line).not.toContain(token);
    for (const file of filesUnder(dataDir)) {
      const readableByOthers = (fs.statSync(file).mode & 0o044) !== 0;
      expect(readableByOthers && fs.readFileSync(file).includes(token), file).toBe(false);
    }

    const replay = await rawRequest(host.port, { method: 'GET', path: new URL(host.launchUrl!).pathname, headers: { host: `127.0.0.1:${host.port}` } });
    expect(replay.status).toBe(403);
    expect(replay.headers['set-cookie']).toBeUndefined();

    const withCookie = (origin?: string) =>
      rawRequest(host.port, {
        path: '/api/security.status',
        headers: { host: `127.0.0.1:${host.port}`, cookie: `cairn_session=${token}`, 'content-type': 'application/json', ...(origin ? { origin } : {}) },
        body: '{}',
      });
    expect((await withCookie(`http://127.0.0.1:${host.port}`)).status).toBe(200);
    // The browser attaches the cookie by itself; without the app's own Origin it proves nothing.
    expect((await withCookie()).status).toBe(403);
  });
});
