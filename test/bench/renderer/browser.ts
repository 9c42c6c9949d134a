// Launches the system Chromium headless with the e2e suite's flags; never downloads a browser.
import { chromium, type Browser } from 'playwright-core';
import { chromiumPath } from '../../e2e/support/chromium';

export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: chromiumFlags });
}

export const viewport = { width: 1280, height: 800 };
