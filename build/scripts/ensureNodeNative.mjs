// Makes sure the SQLite native module is built for this Node (npm start may have rebuilt it for Electron).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { repoRoot } from './electronBinary.mjs';

const require = createRequire(import.meta.url);
try {
  const Database = require('better-sqlite3-multiple-ciphers');
  new Database(':memory:').close();
} catch (error) {
  if (!/NODE_MODULE_VERSION|was compiled against a different Node/.test(String(error))) throw error;
  console.log('The SQLite module was built for Electron; rebuilding it for Node (2–3 minutes)…');
  const result = spawnSync('npm', ['rebuild', 'better-sqlite3-multiple-ciphers'], { cwd: repoRoot, stdio: 'inherit', shell: process.platform === 'win32' });
  fs.rmSync(path.join(repoRoot, 'node_modules', '.cairn-native-electron'), { force: true });
  process.exit(result.status ?? 1);
}
