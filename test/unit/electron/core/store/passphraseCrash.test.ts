// Passphrase operations killed with SIGKILL at 100 random moments: the next open always finds the old or the new state whole, and says which.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeBundle } from '../../../../../build/scripts/nodeBundle.mjs';
import { DATABASE_FILE } from '../../../../../electron/core/core';
import { call, fastTempDir, startCore, tempDir } from '../coreFixture';

const KILLS = 100;
const ENTRIES = 5000;
/** Besides the daily one a new journal makes at once. */
const BACKUPS = 1;
/** In every entry's body: once the journal says it is encrypted, no file in the data folder may hold it in the clear. */
const PLAIN_MARKER = 'zebra-plaintext-marker';
type Operation = 'set' | 'change' | 'remove';

const root = path.resolve(import.meta.dirname, '../../../../..');
let childScript = '';

beforeAll(async () => {
  childScript = path.join(tempDir('cairn-child-'), 'passphraseChild.cjs');
  await build(nodeBundle(path.join(import.meta.dirname, 'passphraseChild.ts'), childScript));
});

interface Run {
  /** How long the operation took when it was not killed, in ms. */
  doneMs: number | null;
}

/** Runs one operation in a child and kills it `delayMs` after it starts (never, when null). */
function runChild(dataDir: string, operation: Operation, current: string, next: string, delayMs: number | null): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childScript, dataDir, operation, current, next], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NODE_PATH: path.join(root, 'node_modules') },
    });
    let doneMs: number | null = null;
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
      if (delayMs !== null && chunk.includes('ready')) setTimeout(() => child.kill('SIGKILL'), delayMs);
      const match = /done (\d+)/.exec(stdout);
      if (match) doneMs = Number(match[1]);
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL' || code === 0) resolve({ doneMs });
      else reject(new Error(`The child failed (${code}): ${stderr}`));
    });
  });
}

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

function seedJournal(dataDir: string): void {
  const core = startCore(dataDir);
  try {
    const { reflections } = core.journal.repos();
    core.db.transaction(() => {
      for (let i = 0; i < ENTRIES; i += 1) reflections.create({ entryDate: '2026-01-01', title: `entry ${i}`, body: `${PLAIN_MARKER} ${i}` });
    })();
    for (let i = 0; i < BACKUPS; i += 1) core.journal.backup('manual', BACKUPS);
  } finally {
    core.close();
  }
}

/**
 * Opens the journal as the app would after the crash and checks it against the two states the operation could
 * have left; returns the passphrase it holds now.
 */
async function checkAfterKill(dataDir: string, old: string | null, next: string | null, finished: boolean): Promise<string | null> {
  const core = startCore(dataDir);
  try {
    const status = await call(core, 'security.status', {});
    // The state names the passphrase; with no interrupted operation reported none was under way (not yet or no longer).
    const candidates = status.interrupted ? [status.interrupted.outcome === 'finished' ? next : old] : finished ? [next] : [old, next];
    const fitting = candidates.filter((passphrase) => (passphrase === null ? status.state === 'open' && !status.encrypted : status.state === 'locked'));
    expect(fitting.length, `a state that fits ${JSON.stringify({ status, old, next })}`).toBeGreaterThan(0);
    let holds: string | null | undefined;
    const refusals: string[] = [];
    for (const passphrase of fitting) {
      if (passphrase === null) {
        holds = null;
        break;
      }
      const answer = await core.dispatch('security.unlock', { passphrase });
      if (answer.ok) {
        holds = passphrase;
        break;
      }
      refusals.push(answer.error.message);
    }
    expect(holds, `one of ${JSON.stringify({ fitting, status, old, refusals })} unlocks it`).not.toBeUndefined();
    expect((await call(core, 'security.status', {})).state).toBe('open');
    expect((core.db.prepare('SELECT count(*) AS n FROM reflections').get() as { n: number }).n).toBe(ENTRIES);
    expect(core.db.pragma('integrity_check', { simple: true })).toBe('ok');
    if (holds !== null) {
      for (const file of filesUnder(dataDir)) expect(fs.readFileSync(file).includes(PLAIN_MARKER), file).toBe(false);
    }
    return holds ?? null;
  } finally {
    core.close();
  }
}

/** Kills `kills` operations on one journal, checking it after each; returns the operations and delays tried. */
async function killRepeatedly(dataDir: string, kills: number): Promise<string[]> {
  seedJournal(dataDir);
  const duration: Record<Operation, number> = { set: 0, change: 0, remove: 0 };
  // One uninterrupted run of each operation measures it, so the kill points spread over its whole length.
  for (const [operation, current, next] of [['set', '', 'first passphrase'], ['change', 'first passphrase', 'second passphrase'], ['remove', 'second passphrase', '']] as const) {
    duration[operation] = (await runChild(dataDir, operation, current, next, null)).doneMs ?? 0;
  }
  expect(Math.min(...Object.values(duration))).toBeGreaterThan(0);

  let current: string | null = null;
  const tried: string[] = [];
  for (let kill = 0; kill < kills; kill += 1) {
    const operation: Operation = current === null ? 'set' : Math.random() < 0.5 ? 'change' : 'remove';
    const next = operation === 'remove' ? null : `passphrase ${kill}`;
    // A little past the measured end too: a kill just after the operation returned must be handled as well.
    const delay = Math.round(Math.random() * duration[operation] * 1.15);
    tried.push(`${operation}@${delay}ms`);
    const run = await runChild(dataDir, operation, current ?? '', next ?? '', delay);
    current = await checkAfterKill(dataDir, current, next, run.doneMs !== null);
  }
  return tried;
}

describe('passphrase operations killed at random moments', () => {
  it(`keep every entry and say which passphrase opens the journal after ${KILLS} kills across set, change and remove`, async () => {
    // Two journals killed side by side: the same number of kill points in about half the time on two cores.
    const lanes = [fastTempDir(), fastTempDir()];
    const tried = await Promise.all(lanes.map((dataDir) => killRepeatedly(dataDir, KILLS / lanes.length)));
    expect(tried.flat()).toHaveLength(KILLS);
    for (const dataDir of lanes) expect(fs.existsSync(path.join(dataDir, DATABASE_FILE))).toBe(true);
    // Each kill costs about a dozen key derivations (PBKDF2, 64,007 rounds) across the child and the check, which
    // is most of its time: on an idle two-core machine the file takes about a minute, far longer on a loaded one.
  }, 900_000);
});
