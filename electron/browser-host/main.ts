// Entry point of `npm run start:browser`: the same core handlers under plain Node, served to a browser.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { AppError } from '../../shared/errors';
import { openCore } from '../core/core';
import { osUserDataDir, resolveDataDir } from '../core/dataDir';
import { parseHostArgs } from './args';
import { startBrowserHost } from './server';

declare const __CAIRN_VERSION__: string;

function openInBrowser(url: string): void {
  const command =
    process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer.exe' : 'xdg-open';
  try {
    const child = spawn(command, [url], { detached: true, stdio: 'ignore' });
    child.on('error', () => console.log('Could not open a browser; open the address above yourself.'));
    child.unref();
  } catch {
    console.log('Could not open a browser; open the address above yourself.');
  }
}

async function main(): Promise<void> {
  const args = parseHostArgs(process.argv.slice(2));
  const dataDir = resolveDataDir({ argv: process.argv.slice(2), env: process.env, defaultDir: () => osUserDataDir() });
  const core = openCore({
    dataDir,
    appVersion: __CAIRN_VERSION__,
    host: 'browser',
    onUnexpectedError: (error) => console.error('Unexpected error:', error),
  });
  let host;
  try {
    host = await startBrowserHost({
      dispatch: core.dispatch,
      onChange: (listener) => core.onChange(listener),
      staticDir: path.join(__dirname, '..', 'renderer'),
      token: randomBytes(24).toString('base64url'),
      port: args.port,
    });
  } catch (error) {
    core.close();
    throw error;
  }
  console.log(`Journal data: ${dataDir}`);
  console.log(`Cairn is running at ${host.url}`);
  if (args.open) openInBrowser(host.url);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    void host.close().finally(() => {
      core.close();
      console.log(`Cairn stopped (${signal}); the journal was saved and closed.`);
      process.exit(0);
    });
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  const message = error instanceof AppError || error instanceof Error ? error.message : String(error);
  console.error(`Cairn could not start: ${message}`);
  process.exit(1);
});
