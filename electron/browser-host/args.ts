// Command-line options of the browser host: --data-dir DIR, --port N, --no-open.
import { dataDirFromArgv } from '../core/dataDir';

export interface HostArgs {
  dataDir: string | undefined;
  port: number;
  open: boolean;
}

export function parseHostArgs(argv: readonly string[]): HostArgs {
  let port = 0;
  argv.forEach((arg, index) => {
    const raw = arg === '--port' ? argv[index + 1] : arg.startsWith('--port=') ? arg.slice(7) : undefined;
    if (raw === undefined) return;
    const parsed = Number(raw);
    if (!Number.isInteger(parsed) || parsed < 0 || parsed > 65535) {
      throw new Error(`--port expects a number from 0 to 65535, got "${raw}"`);
    }
    port = parsed;
  });
  return { dataDir: dataDirFromArgv(argv), port, open: !argv.includes('--no-open') };
}
