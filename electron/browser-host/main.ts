// Entry point of `npm run start:browser`: the same core handlers under plain Node, served to a browser.
import path from 'node:path';
import { AppError } from '../../shared/errors';
import { launchBrowserHost } from './launch';

declare const __CAIRN_VERSION__: string;

async function main(): Promise<void> {
  const launched = await launchBrowserHost({
    argv: process.argv.slice(2),
    env: process.env,
    appVersion: __CAIRN_VERSION__,
    staticDir: path.join(__dirname, '..', 'renderer'),
    coreWorker: path.join(__dirname, 'core-worker.cjs'),
    log: (line) => console.log(line),
  });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    void launched.stop().finally(() => {
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
