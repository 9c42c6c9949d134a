// Finds the system's Chromium: CHROMIUM_PATH, else the usual Debian, Fedora and macOS locations.
import fs from 'node:fs';

const candidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export function chromiumPath(): string {
  const chosen = process.env.CHROMIUM_PATH ?? candidates.find((candidate) => fs.existsSync(candidate));
  if (!chosen) {
    throw new Error('No Chromium found. Install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.');
  }
  return chosen;
}
