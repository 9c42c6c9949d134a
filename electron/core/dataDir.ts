// Where the journal lives: --data-dir or CAIRN_DATA_DIR if given, else the OS user-data folder.
import { homedir } from 'node:os';
import path from 'node:path';

export const APP_FOLDER_NAME = 'Cairn';

/** Reads `--data-dir DIR` or `--data-dir=DIR` from argv; the last one wins, like most CLIs. */
export function dataDirFromArgv(argv: readonly string[]): string | undefined {
  let found: string | undefined;
  argv.forEach((arg, index) => {
    if (arg === '--data-dir') found = argv[index + 1];
    else if (arg.startsWith('--data-dir=')) found = arg.slice('--data-dir='.length);
  });
  return found === '' ? undefined : found;
}

/** The OS user-data folder, matching Electron's app.getPath('userData') for an app named Cairn. */
export function osUserDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_FOLDER_NAME);
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_FOLDER_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), APP_FOLDER_NAME);
}

export function resolveDataDir(options: {
  argv: readonly string[];
  env: NodeJS.ProcessEnv;
  defaultDir: () => string;
}): string {
  const chosen = dataDirFromArgv(options.argv) ?? options.env.CAIRN_DATA_DIR;
  return path.resolve(chosen && chosen.length > 0 ? chosen : options.defaultDir());
}
