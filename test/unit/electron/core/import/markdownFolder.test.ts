import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readMarkdownFolder } from '../../../../../electron/core/import/markdownFolder';
import { AppError } from '../../../../../shared/errors';
import { expectRefusedAsync } from './expectRefused';

let root: string;
let outside: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'cairn-vault-'));
  outside = await mkdtemp(path.join(tmpdir(), 'cairn-outside-'));
  await mkdir(path.join(root, 'Daily'));
  await mkdir(path.join(root, '.obsidian'));
  await writeFile(path.join(root, 'Daily', '2024-03-02.md'), 'Second.');
  await writeFile(path.join(root, 'Daily', '2024-03-01.md'), 'First.');
  await writeFile(path.join(root, 'Daily', 'photo.png'), 'not markdown');
  await writeFile(path.join(root, '.obsidian', 'app.md'), 'hidden');
  await writeFile(path.join(root, '.hidden.md'), 'hidden');
  await writeFile(path.join(outside, 'secret.md'), 'outside the folder');
  await symlink(path.join(outside, 'secret.md'), path.join(root, 'linked.md'));
  await symlink(outside, path.join(root, 'linked-folder'));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
  await rm(outside, { recursive: true, force: true });
});

describe('readMarkdownFolder', () => {
  it('lists the Markdown notes, sorted, without hidden files, other files or anything reached through a symlink', async () => {
    const files = await readMarkdownFolder(root);
    expect(files.map((file) => [file.relativePath, Buffer.from(file.bytes).toString('utf8')])).toEqual([
      ['Daily/2024-03-01.md', 'First.'],
      ['Daily/2024-03-02.md', 'Second.'],
    ]);
  });

  it('refuses a folder holding more than the import bound', async () => {
    await expectRefusedAsync(() => readMarkdownFolder(root, { maxTotalBytes: 8 }), /more than 8 bytes of notes/);
  });

  it('refuses a folder with more notes than allowed', async () => {
    await expectRefusedAsync(() => readMarkdownFolder(root, { maxFiles: 1 }), /more than 1 notes/);
  });

  it('says so when the folder does not exist', async () => {
    const missing = readMarkdownFolder(path.join(root, 'gone'));
    await expect(missing).rejects.toBeInstanceOf(AppError);
    await expect(missing).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'The chosen folder no longer exists, so nothing was imported.' });
  });
});
