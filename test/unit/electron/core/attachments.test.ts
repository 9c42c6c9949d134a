// Attachments through the core: added once by content, read back byte for byte, refused over the limit, and removed by
// housekeeping only when no entry, history version, deleted item or draft still links them.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import { attachmentMarkdown, MAX_ATTACHMENT_BYTES } from '../../../../shared/domain/attachments';
import { DATABASE_FILE, type Core } from '../../../../electron/core/core';
import { call, failure, startCore } from './coreFixture';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);
const base64 = (bytes: Buffer) => bytes.toString('base64');
const HOUR = 60 * 60 * 1000;

let now = new Date('2026-12-01T09:00:00.000Z');
const clock = () => now;
let core: Core | undefined;
afterEach(() => {
  core?.close();
  core = undefined;
  now = new Date('2026-12-01T09:00:00.000Z');
});

function open(): Core {
  core = startCore(undefined, { clock });
  return core;
}

const stored = (c: Core) => c.db.prepare('SELECT sha256 FROM attachments ORDER BY sha256').pluck().all();

describe('attachments.add and attachments.get', () => {
  it('keeps a file once by its SHA-256, knows it by its bytes, and gives back the same bytes', async () => {
    const c = open();
    const added = await call(c, 'attachments.add', { name: 'sunrise.jpg', base64: base64(PNG) });
    expect(added).toEqual({ sha256: createHash('sha256').update(PNG).digest('hex'), mime: 'image/png', size: PNG.length, name: 'sunrise.jpg' });
    expect(added.sha256).toMatch(/^[0-9a-f]{64}$/);
    const again = await call(c, 'attachments.add', { name: 'copy.png', base64: base64(PNG) });
    expect(again.sha256).toBe(added.sha256);
    expect(stored(c)).toEqual([added.sha256]);
    const back = await call(c, 'attachments.get', { sha256: added.sha256 });
    expect(Buffer.from(back.base64, 'base64').equals(PNG)).toBe(true);
    expect(back).toMatchObject({ mime: 'image/png', size: PNG.length, name: 'sunrise.jpg' });
  });

  it('keeps a file it does not recognise as a plain download, whatever its name claims', async () => {
    const c = open();
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    expect(await call(c, 'attachments.add', { name: 'picture.png', base64: base64(svg) })).toMatchObject({ mime: 'application/octet-stream' });
  });

  it('refuses an empty file and one over 25 MB with a message saying so, keeping nothing', async () => {
    const c = open();
    expect(await failure(c, 'attachments.add', { name: 'empty.txt', base64: '' })).toMatchObject({
      code: 'VALIDATION',
      message: expect.stringMatching(/“empty.txt” is empty/),
    });
    const tooBig = Buffer.alloc(MAX_ATTACHMENT_BYTES + 1, 7);
    expect(await failure(c, 'attachments.add', { name: 'film.mov', base64: base64(tooBig) })).toMatchObject({
      code: 'VALIDATION',
      message: expect.stringMatching(/up to 25 MB/),
    });
    expect(stored(c)).toEqual([]);
  });

  it('accepts a file of exactly 25 MB', async () => {
    const c = open();
    const atLimit = Buffer.alloc(MAX_ATTACHMENT_BYTES, 1);
    const added = await call(c, 'attachments.add', { name: 'scan.tiff', base64: base64(atLimit) });
    expect(added.size).toBe(MAX_ATTACHMENT_BYTES);
  });

  it('says a hash it does not hold is not found', async () => {
    expect(await failure(open(), 'attachments.get', { sha256: 'f'.repeat(64) })).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('where attachments live', () => {
  it('are in every backup, since a backup copies the journal database', async () => {
    const c = open();
    const added = await call(c, 'attachments.add', { name: 'a.png', base64: base64(PNG) });
    const backup = await call(c, 'backups.create', {});
    const copy = new Database(path.join(c.dataDir, 'backups', backup.name), { readonly: true });
    try {
      const row = copy.prepare('SELECT sha256, bytes FROM attachments').get() as { sha256: string; bytes: Buffer };
      expect(row.sha256).toBe(added.sha256);
      expect(row.bytes.equals(PNG)).toBe(true);
    } finally {
      copy.close();
    }
  });

  it('are encrypted with the journal: no byte of a file is readable in the database file', async () => {
    const c = open();
    const marker = Buffer.concat([PNG, Buffer.from('a very recognisable holiday photo')]);
    await call(c, 'attachments.add', { name: 'a.png', base64: base64(marker) });
    c.db.pragma('wal_checkpoint(TRUNCATE)');
    expect(fs.readFileSync(path.join(c.dataDir, DATABASE_FILE)).includes('recognisable holiday')).toBe(true);
    await call(c, 'security.setPassphrase', { passphrase: 'correct horse battery' });
    c.db.pragma('wal_checkpoint(TRUNCATE)');
    expect(fs.readFileSync(path.join(c.dataDir, DATABASE_FILE)).includes('recognisable holiday')).toBe(false);
    expect(Buffer.from((await call(c, 'attachments.get', { sha256: createHash('sha256').update(marker).digest('hex') })).base64, 'base64').equals(marker)).toBe(true);
  });
});

describe('removing attachments nothing refers to', () => {
  async function addLinked(c: Core, body: (link: string) => string) {
    const attachment = await call(c, 'attachments.add', { name: 'a.png', base64: base64(PNG) });
    const entry = await call(c, 'reflections.create', { entryDate: '2026-12-01', body: body(attachmentMarkdown(attachment)) });
    return { attachment, entry };
  }
  const later = (hours: number) => {
    now = new Date(now.getTime() + hours * HOUR);
  };

  it('spares a file added within the last day, so an entry not saved yet does not lose it', async () => {
    const c = open();
    await call(c, 'attachments.add', { name: 'a.png', base64: base64(PNG) });
    later(23);
    c.housekeep();
    expect(stored(c)).toHaveLength(1);
    later(2);
    c.housekeep();
    expect(stored(c)).toEqual([]);
  });

  it('keeps a file an entry links to, and one only an older version in its history links to', async () => {
    const c = open();
    const { attachment, entry } = await addLinked(c, (link) => `Morning ${link}`);
    await call(c, 'reflections.update', { id: entry.id, body: 'Morning, the photo taken out', editSession: '3b241101-e2bb-4255-8caf-4136c566a962' });
    later(48);
    c.housekeep();
    expect(stored(c)).toEqual([attachment.sha256]);
  });

  it('keeps a file while its entry waits in Recently deleted, and lets it go when the entry is deleted forever', async () => {
    const c = open();
    const { attachment, entry } = await addLinked(c, (link) => link);
    await call(c, 'reflections.delete', { id: entry.id });
    later(48);
    c.housekeep();
    expect(stored(c)).toEqual([attachment.sha256]);
    await call(c, 'trash.deleteForever', { kind: 'reflection', id: entry.id });
    expect(stored(c)).toEqual([]);
  });

  it('lets go of files when Recently deleted is emptied, keeping those a live entry still links', async () => {
    const c = open();
    const { entry } = await addLinked(c, (link) => link);
    const kept = await call(c, 'attachments.add', { name: 'b.pdf', base64: base64(Buffer.from('%PDF-1.4 kept')) });
    await call(c, 'reflections.create', { entryDate: '2026-12-02', body: attachmentMarkdown(kept) });
    await call(c, 'reflections.delete', { id: entry.id });
    later(48);
    await call(c, 'trash.empty', {});
    expect(stored(c)).toEqual([kept.sha256]);
  });

  it('keeps a file a draft of an unsaved form links to', async () => {
    const c = open();
    const attachment = await call(c, 'attachments.add', { name: 'a.png', base64: base64(PNG) });
    await call(c, 'drafts.save', { key: 'new-experiment', fields: { notes: attachmentMarkdown(attachment) } });
    later(48);
    c.housekeep();
    expect(stored(c)).toEqual([attachment.sha256]);
  });
});
