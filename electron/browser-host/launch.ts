// Starts browser mode: the core on the data folder, the loopback server, and the browser opened with a one-time launch code.
import { randomBytes } from 'node:crypto';
import { startCoreThread, type CoreThread } from '../core/worker/coreThread';
import { osUserDataDir, resolveDataDir } from '../core/dataDir';
import { parseHostArgs } from './args';
import { openInBrowser } from './opener';
import { startBrowserHost, type RunningHost } from './server';

export interface LaunchOptions {
  argv: readonly string[];
  env: NodeJS.ProcessEnv;
  appVersion: string;
  staticDir: string;
  /** The bundled core worker (core-worker.cjs beside the host's bundle). */
  coreWorker: string;
  log(line: string): void;
}

export interface LaunchedHost {
  core: CoreThread;
  host: RunningHost;
  stop(): Promise<void>;
}

/**
 * The token goes only to the person's own terminal (the printed URL) and, as an HttpOnly cookie, to the browser
 * that redeems the launch code; the opener's command line, which every user can read, carries only that code.
 */
export async function launchBrowserHost(options: LaunchOptions): Promise<LaunchedHost> {
  const args = parseHostArgs(options.argv);
  const dataDir = resolveDataDir({ argv: options.argv, env: options.env, defaultDir: () => osUserDataDir() });
  const core = await startCoreThread({ entry: options.coreWorker, dataDir, appVersion: options.appVersion, host: 'browser', log: options.log });
  let host: RunningHost;
  try {
    host = await startBrowserHost({
      dispatch: core.dispatch,
      onEvent: (listener) => core.onEvent(listener),
      staticDir: options.staticDir,
      token: randomBytes(24).toString('base64url'),
      launchCode: args.open ? randomBytes(24).toString('base64url') : undefined,
      port: args.port,
    });
  } catch (error) {
    await core.close();
    throw error;
  }
  options.log(`Journal data: ${dataDir}`);
  options.log(`Cairn is running at ${host.url}`);
  if (host.launchUrl) openInBrowser(host.launchUrl, options.env, process.platform, options.log);
  return {
    core,
    host,
    async stop() {
      try {
        await host.close();
      } finally {
        await core.close();
      }
    },
  };
}
