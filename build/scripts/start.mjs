// npm start: builds, then launches the desktop app; where Electron's binary is missing and cannot be fetched, starts browser mode.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { electronBinary, electronPackageDir, electronVersion, repoRoot } from './electronBinary.mjs';

const args = process.argv.slice(2);
const run = (command, commandArgs, options = {}) =>
  spawnSync(command, commandArgs, { cwd: repoRoot, stdio: 'inherit', shell: process.platform === 'win32', ...options });

if (run(process.execPath, [path.join(repoRoot, 'build/scripts/build.mjs')]).status !== 0) process.exit(1);

function fetchElectron() {
  const result = run(process.execPath, [path.join(electronPackageDir, 'install.js')], { stdio: 'ignore', timeout: 120_000 });
  return result.status === 0 ? electronBinary() : undefined;
}

const binary = electronBinary() ?? fetchElectron();
if (!binary) {
  console.log('Electron’s binary is not installed and could not be downloaded (offline?); starting Cairn in browser mode instead.');
  const host = spawn(process.execPath, [path.join(repoRoot, 'dist/host/browser-host.cjs'), ...args], { stdio: 'inherit' });
  host.on('exit', (code) => process.exit(code ?? 0));
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => host.kill(signal));
} else {
  // The SQLite module must match Electron's ABI; a stamp avoids rebuilding on every start (npm test rebuilds it for Node).
  const stamp = path.join(repoRoot, 'node_modules', '.cairn-native-electron');
  const wanted = `electron-${electronVersion()}`;
  if (!fs.existsSync(stamp) || fs.readFileSync(stamp, 'utf8') !== wanted) {
    console.log('Rebuilding the SQLite module for Electron (once, 2–3 minutes)…');
    const rebuilt = run('npx', ['electron-rebuild', '--force', '--only', 'better-sqlite3-multiple-ciphers']);
    if (rebuilt.status !== 0) process.exit(1);
    fs.writeFileSync(stamp, wanted);
  }
  const app = spawn(binary, [path.join(repoRoot, 'dist/electron/main.cjs'), ...args], { stdio: 'inherit' });
  app.on('exit', (code) => process.exit(code ?? 0));
}
