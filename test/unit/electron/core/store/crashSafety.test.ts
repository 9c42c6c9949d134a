// Crash safety: a writer killed with SIGKILL at 200 random points never loses a reported commit or leaves half a transaction.
import { spawn } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../../../../electron/core/core';
import { call, fastTempDir, startCore } from '../coreFixture';

const KILLS = 200;
const ROWS_PER_GROUP = 3;
const writer = path.join(import.meta.dirname, 'crashWriter.cjs');

function seeded(seed: number) {
  let state = seed;
  return (n: number) => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state % n;
  };
}

/** Runs the writer and kills it after `delayMs` (counted from when it is ready); returns the groups it reported. */
function runAndKill(databasePath: string, firstGroup: number, delayMs: number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, databasePath, String(firstGroup)], { stdio: ['ignore', 'pipe', 'pipe'] });
    const committed: number[] = [];
    let buffered = '';
    let stderr = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        if (line === 'ready') setTimeout(() => child.kill('SIGKILL'), delayMs);
        const match = /^committed (\d+)$/.exec(line);
        if (match) committed.push(Number(match[1]));
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      if (signal === 'SIGKILL') resolve(committed);
      else reject(new Error(`The writer stopped on its own: ${stderr}`));
    });
  });
}

/** Kills one writer on its own journal `kills` times, checking the journal after every kill; returns the commits it heard of. */
async function killRepeatedly(dataDir: string, kills: number, random: (n: number) => number): Promise<Set<number>> {
  const databasePath = path.join(dataDir, DATABASE_FILE);
  const reported = new Set<number>();
  let nextGroup = 0;
  for (let kill = 0; kill < kills; kill += 1) {
    for (const group of await runAndKill(databasePath, nextGroup, random(25))) reported.add(group);

    const db = new Database(databasePath);
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const rows = db.prepare('SELECT title FROM reflections').all() as { title: string }[];
      const perGroup = new Map<number, number>();
      for (const { title } of rows) {
        const group = Number(/^group (\d+) row/.exec(title)?.[1]);
        perGroup.set(group, (perGroup.get(group) ?? 0) + 1);
      }
      for (const [group, count] of perGroup) expect(count, `group ${group}`).toBe(ROWS_PER_GROUP);
      for (const group of reported) expect(perGroup.get(group), `reported group ${group}`).toBe(ROWS_PER_GROUP);
      const indexed = db.prepare("SELECT count(*) AS n FROM search_docs WHERE kind = 'reflection'").get() as { n: number };
      const tagged = db.prepare('SELECT count(*) AS n FROM reflection_tags').get() as { n: number };
      expect([indexed.n, tagged.n]).toEqual([rows.length, rows.length]);
      nextGroup = Math.max(-1, ...perGroup.keys()) + 1;
    } finally {
      db.close();
    }
  }
  return reported;
}

describe('crash safety', () => {
  it(`survives ${KILLS} kills at random points without losing or splitting a transaction`, async () => {
    // Two journals killed side by side: the same number of kill points in about half the time.
    const lanes = [fastTempDir(), fastTempDir()];
    for (const dataDir of lanes) startCore(dataDir).close();
    const reports = await Promise.all(lanes.map((dataDir, lane) => killRepeatedly(dataDir, KILLS / lanes.length, seeded(2026 + lane))));

    expect(reports.every((reported) => reported.size > 0)).toBe(true);
    for (const dataDir of lanes) {
      const core = startCore(dataDir);
      try {
        expect((await call(core, 'security.status', {})).state).toBe('open');
        expect((await call(core, 'search.query', { text: 'crash', kinds: ['reflection'], limit: 1 })).items).toHaveLength(1);
      } finally {
        core.close();
      }
    }
  }, 300_000);
});
