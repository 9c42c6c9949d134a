// Locates Electron's binary without requiring 'electron' (whose index.js would try to download a missing one).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const electronPackageDir = path.join(repoRoot, 'node_modules', 'electron');

export function electronBinary() {
  try {
    const relative = fs.readFileSync(path.join(electronPackageDir, 'path.txt'), 'utf8').trim();
    const binary = path.join(electronPackageDir, 'dist', relative);
    return fs.existsSync(binary) ? binary : undefined;
  } catch {
    return undefined;
  }
}

export function electronVersion() {
  return JSON.parse(fs.readFileSync(path.join(electronPackageDir, 'package.json'), 'utf8')).version;
}
