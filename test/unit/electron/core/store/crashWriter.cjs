// Child process for the crash test: writes groups of reflections, one transaction per group, and reports each commit.
// Plain CommonJS so it runs under `node` as is, with nothing to compile first.
const { randomUUID } = require('node:crypto');
const fs = require('node:fs');
const Database = require('better-sqlite3-multiple-ciphers');

const ROWS_PER_GROUP = 3;
const [, , databasePath, firstGroupArg] = process.argv;
const db = new Database(databasePath, { fileMustExist: true });
// The same pragmas as electron/core/store/open.ts.
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
db.pragma('foreign_keys = ON');
db.pragma('secure_delete = ON');
// Checkpoint far more often than the default so that some kills land in the middle of one.
db.pragma('wal_autocheckpoint = 32');

const insertReflection = db.prepare(
  'INSERT INTO reflections (id, entry_date, title, body, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
);
const insertTag = db.prepare("INSERT INTO tags (name) VALUES ('crash') ON CONFLICT (name) DO NOTHING");
const linkTag = db.prepare("INSERT INTO reflection_tags (reflection_id, tag_id) SELECT ?, id FROM tags WHERE name = 'crash'");
const writeGroup = db.transaction((group) => {
  insertTag.run();
  for (let row = 0; row < ROWS_PER_GROUP; row += 1) {
    const id = randomUUID();
    const now = new Date().toISOString();
    insertReflection.run(id, '2026-01-01', `group ${group} row ${row}`, 'words '.repeat(20 + ((group * 7919) % 400)), now, now);
    linkTag.run(id);
  }
});

fs.writeSync(1, 'ready\n');
for (let group = Number(firstGroupArg); ; group += 1) {
  writeGroup(group);
  // Written synchronously, so the parent only ever hears of a commit that has returned.
  fs.writeSync(1, `committed ${group}\n`);
}
