// Opens the system browser on an address: $BROWSER when set (the usual convention, and how tests stand one in), else the OS opener.
import { spawn } from 'node:child_process';

export function openInBrowser(url: string, env: NodeJS.ProcessEnv, platform: NodeJS.Platform, log: (line: string) => void): void {
  const command = env.BROWSER || (platform === 'darwin' ? 'open' : platform === 'win32' ? 'explorer.exe' : 'xdg-open');
  const failed = () => log('Could not open a browser; open the address above yourself.');
  try {
    const child = spawn(command, [url], { detached: true, stdio: 'ignore', env });
    child.on('error', failed);
    child.unref();
  } catch {
    failed();
  }
}
