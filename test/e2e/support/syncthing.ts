// Two real Syncthing instances on 127.0.0.1 sharing one folder (a different path each), for the e2e sync tests; offline.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** The one folder both instances share; its id is the same on both sides, its path is not. */
const FOLDER_ID = 'cairn-journal';
const STOP_GRACE_MS = 5_000;
const MAX_OUTPUT = 20_000;

/** The `syncthing` program on PATH, or null where it is not installed (CI installs Debian's package). */
export function syncthingOnPath(): string | null {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, 'syncthing');
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return null;
}

export interface SyncthingNode {
  readonly name: string;
  /** This instance's copy of the shared folder: the path Cairn is pointed at. */
  readonly folder: string;
  readonly deviceId: string;
  /** Starts (or starts again) `syncthing serve`; resolves once its REST API answers. */
  start(): Promise<void>;
  /** SIGTERM, then SIGKILL after a grace period; resolves once the process has exited. */
  stop(): Promise<void>;
  /** GET on this instance's REST API (X-API-Key), on 127.0.0.1 only. */
  rest<T>(endpoint: string): Promise<T>;
  output(): string;
}

export interface SyncthingPair {
  readonly a: SyncthingNode;
  readonly b: SyncthingNode;
  /** Waits until each instance reports the other connected, from 127.0.0.1, with a clear error past `timeoutMs`. */
  connected(timeoutMs?: number): Promise<void>;
  /** Stops both and removes their homes and folders; safe to call more than once and after a failed start. */
  dispose(): Promise<void>;
}

/** Free ports on 127.0.0.1, all held open at once so they differ, then released for Syncthing to bind. */
export async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from({ length: count }, () => new Promise<net.Server>((resolve, reject) => {
      const server = net.createServer();
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve(server));
    })),
  );
  const ports = servers.map((server) => (server.address() as net.AddressInfo).port);
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  return ports;
}

interface Plan {
  name: string;
  home: string;
  folder: string;
  listenPort: number;
  guiPort: number;
  deviceId: string;
  apiKey: string;
}

function run(binary: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'], env: syncthingEnv() });
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve(text) : reject(new Error(`syncthing ${args.join(' ')} exited ${code}:\n${text}`))));
  });
}

function syncthingEnv(): NodeJS.ProcessEnv {
  return { ...process.env, STNODEFAULTFOLDER: '1', STNOUPGRADE: '1', STNORESTART: '1' };
}

/** Replaces the text of `<tag>` inside `<options>`; throws if the generated config lacks it, so a renamed option is noticed. */
function setOption(xml: string, tag: string, value: string): string {
  const pattern = new RegExp(`<${tag}>[^<]*</${tag}>`);
  if (!pattern.test(xml)) throw new Error(`Syncthing's generated config.xml has no <${tag}>`);
  return xml.replace(pattern, `<${tag}>${value}</${tag}>`);
}

/**
 * The generated config.xml, kept on loopback and offline: listen and GUI on 127.0.0.1, no global or local discovery,
 * relays, NAT traversal, usage reporting, auto-upgrade or crash reporting; the other instance as a device at a static
 * tcp://127.0.0.1 address; the shared folder, watched with a 1 s delay and rescanned every 5 s.
 */
function loopbackConfig(generated: string, self: Plan, other: Plan): string {
  const options: Record<string, string> = {
    listenAddress: `tcp://127.0.0.1:${self.listenPort}`,
    globalAnnounceEnabled: 'false',
    localAnnounceEnabled: 'false',
    relaysEnabled: 'false',
    natEnabled: 'false',
    announceLANAddresses: 'false',
    urAccepted: '-1',
    autoUpgradeIntervalH: '0',
    crashReportingEnabled: 'false',
    startBrowser: 'false',
    // A restarted instance is dialled again within seconds rather than the default minute.
    reconnectionIntervalS: '2',
  };
  let xml = generated;
  for (const [tag, value] of Object.entries(options)) xml = setOption(xml, tag, value);
  xml = xml.replace(/(<gui[^>]*>\s*<address>)[^<]*(<\/address>)/, `$1127.0.0.1:${self.guiPort}$2`);
  const shared = `
    <folder id="${FOLDER_ID}" label="Cairn" path="${self.folder}" type="sendreceive" rescanIntervalS="5" fsWatcherEnabled="true" fsWatcherDelayS="1" ignorePerms="false" autoNormalize="true">
        <filesystemType>basic</filesystemType>
        <device id="${self.deviceId}" introducedBy=""></device>
        <device id="${other.deviceId}" introducedBy=""></device>
        <minDiskFree unit="%">0</minDiskFree>
        <markerName>.stfolder</markerName>
        <maxConflicts>10</maxConflicts>
    </folder>
    <device id="${other.deviceId}" name="${other.name}" compression="metadata" introducer="false" skipIntroductionRemovals="false" introducedBy="">
        <address>tcp://127.0.0.1:${other.listenPort}</address>
        <paused>false</paused>
        <autoAcceptFolders>false</autoAcceptFolders>
    </device>
    <gui`;
  return xml.replace(/\n\s*<gui/, shared);
}

async function generate(binary: string, name: string, root: string, listenPort: number, guiPort: number): Promise<Plan> {
  const home = path.join(root, `${name}-home`);
  const folder = path.join(root, `${name}-folder`);
  // Syncthing refuses a folder without its marker; made here so it never creates one of its own elsewhere.
  fs.mkdirSync(path.join(folder, '.stfolder'), { recursive: true });
  await run(binary, ['generate', `--home=${home}`, '--no-default-folder']);
  const xml = fs.readFileSync(path.join(home, 'config.xml'), 'utf8');
  const deviceId = /<device id="([A-Z0-9-]+)"/.exec(xml)?.[1];
  const apiKey = /<apikey>([^<]+)<\/apikey>/.exec(xml)?.[1];
  if (!deviceId || !apiKey) throw new Error(`No device id or API key in ${home}/config.xml`);
  return { name, home, folder, listenPort, guiPort, deviceId, apiKey };
}

function node(binary: string, plan: Plan): SyncthingNode {
  let child: ChildProcess | null = null;
  let exited: Promise<void> = Promise.resolve();
  let log = '';
  const base = `http://127.0.0.1:${plan.guiPort}`;

  const rest = async <T>(endpoint: string): Promise<T> => {
    const response = await fetch(`${base}${endpoint}`, { headers: { 'X-API-Key': plan.apiKey }, signal: AbortSignal.timeout(5_000) });
    if (!response.ok) throw new Error(`Syncthing ${plan.name} ${endpoint}: HTTP ${response.status}`);
    return (await response.json()) as T;
  };

  return {
    name: plan.name,
    folder: plan.folder,
    deviceId: plan.deviceId,
    rest,
    output: () => log,
    async start() {
      if (child) throw new Error(`Syncthing ${plan.name} is already running`);
      const started = spawn(binary, ['serve', `--home=${plan.home}`, '--no-browser', '--no-restart', '--no-upgrade'], {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: syncthingEnv(),
      });
      child = started;
      const append = (chunk: Buffer) => (log = (log + chunk.toString()).slice(-MAX_OUTPUT));
      started.stdout?.on('data', append);
      started.stderr?.on('data', append);
      exited = new Promise((resolve) => started.once('exit', () => resolve()));
      void exited.then(() => {
        if (child === started) child = null;
      });
      await waitFor(`Syncthing ${plan.name}'s REST API on 127.0.0.1:${plan.guiPort}`, 30_000, async () => {
        if (started.exitCode !== null) throw new Error(`Syncthing ${plan.name} exited ${started.exitCode}:\n${log}`);
        try {
          await rest('/rest/system/status');
          return true;
        } catch {
          return false;
        }
      });
    },
    async stop() {
      const running = child;
      if (!running) return;
      running.kill('SIGTERM');
      const timer = setTimeout(() => running.kill('SIGKILL'), STOP_GRACE_MS);
      await exited;
      clearTimeout(timer);
      child = null;
    },
  };
}

/** Polls `check` every `intervalMs` until it is true; past `timeoutMs`, throws naming what was awaited. */
export async function waitFor(what: string, timeoutMs: number, check: () => Promise<boolean>, intervalMs = 250): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

type Connections = { connections: Record<string, { connected: boolean; address: string }> };

/** Generates two homes in one temp folder, writes their loopback configs, and starts both instances. */
export async function startSyncthingPair(binary: string): Promise<SyncthingPair> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cairn-e2e-syncthing-'));
  const nodes: SyncthingNode[] = [];
  const dispose = async () => {
    await Promise.all(nodes.map((each) => each.stop()));
    fs.rmSync(root, { recursive: true, force: true });
  };
  try {
    // freePorts(4) answers four ports, one each.
    const [listenA, guiA, listenB, guiB] = (await freePorts(4)) as [number, number, number, number];
    const planA = await generate(binary, 'a', root, listenA, guiA);
    const planB = await generate(binary, 'b', root, listenB, guiB);
    fs.writeFileSync(path.join(planA.home, 'config.xml'), loopbackConfig(fs.readFileSync(path.join(planA.home, 'config.xml'), 'utf8'), planA, planB));
    fs.writeFileSync(path.join(planB.home, 'config.xml'), loopbackConfig(fs.readFileSync(path.join(planB.home, 'config.xml'), 'utf8'), planB, planA));
    const a = node(binary, planA);
    const b = node(binary, planB);
    nodes.push(a, b);
    await Promise.all([a.start(), b.start()]);
    const sees = async (self: SyncthingNode, other: SyncthingNode) => {
      const seen = (await self.rest<Connections>('/rest/system/connections')).connections[other.deviceId];
      if (seen?.connected && !seen.address.startsWith('127.0.0.1:')) throw new Error(`Syncthing ${self.name} reached ${other.name} at ${seen.address}, not 127.0.0.1`);
      return seen?.connected === true;
    };
    return {
      a,
      b,
      dispose,
      async connected(timeoutMs = 30_000) {
        await waitFor('the two Syncthing instances to connect on 127.0.0.1', timeoutMs, async () => {
          try {
            return (await sees(a, b)) && (await sees(b, a));
          } catch (error) {
            if (error instanceof Error && error.message.includes('not 127.0.0.1')) throw error;
            return false;
          }
        }).catch((error: unknown) => {
          throw new Error(`${error instanceof Error ? error.message : String(error)}\n--- a ---\n${a.output()}\n--- b ---\n${b.output()}`);
        });
      },
    };
  } catch (error) {
    await dispose();
    throw error;
  }
}

type RunningConfig = {
  options: Record<string, unknown> & { listenAddresses: string[] };
  devices: { deviceID: string; addresses: string[] }[];
  gui: { address: string };
};

/**
 * What in an instance's running configuration (GET /rest/config) could reach past 127.0.0.1: an empty list when it is
 * kept on loopback and offline. Read from the running instance, so a setting Syncthing ignored or renamed shows here.
 */
export async function offlineProblems(instance: SyncthingNode): Promise<string[]> {
  const config = await instance.rest<RunningConfig>('/rest/config');
  const problems: string[] = [];
  const loopback = (address: string) => /^(tcp:\/\/)?127\.0\.0\.1:\d+$/.test(address);
  for (const address of config.options.listenAddresses) if (!loopback(address)) problems.push(`listens on ${address}`);
  if (!loopback(config.gui.address)) problems.push(`GUI on ${config.gui.address}`);
  const off: Record<string, unknown> = {
    globalAnnounceEnabled: false,
    localAnnounceEnabled: false,
    relaysEnabled: false,
    natEnabled: false,
    urAccepted: -1,
    autoUpgradeIntervalH: 0,
    crashReportingEnabled: false,
  };
  for (const [option, wanted] of Object.entries(off)) {
    if (config.options[option] !== wanted) problems.push(`${option} is ${String(config.options[option])}, not ${String(wanted)}`);
  }
  for (const device of config.devices) {
    if (device.deviceID === instance.deviceId) continue;
    for (const address of device.addresses) if (!loopback(address)) problems.push(`dials ${device.deviceID} at ${address}`);
  }
  return problems;
}

/** Every file under `dir`, recursively (Syncthing's own `.stfolder` marker included). */
export function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}
