// One process per data folder: a lock file holding the owner's pid, taken over only when that pid is gone.
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import { PRIVATE_FILE_MODE } from '../privateFiles';

export const LOCK_FILE = 'cairn.lock';

export interface FolderLock {
  release(): void;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function lockDataFolder(dir: string): FolderLock {
  const file = path.join(dir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: 'wx', mode: PRIVATE_FILE_MODE });
      return {
        release() {
          try {
            if (fs.readFileSync(file, 'utf8') === String(process.pid)) fs.unlinkSync(file);
          } catch {
            // Already gone: nothing to release.
          }
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number.parseInt(fs.readFileSync(file, 'utf8'), 10);
      if (Number.isInteger(owner) && owner !== process.pid && isAlive(owner)) {
        throw new AppError(
          'DB_LOCKED',
          `This journal (${dir}) is already open in another Cairn window or process (pid ${owner}). Close it first.`,
        );
      }
      fs.unlinkSync(file);
    }
  }
  throw new AppError('DB_LOCKED', `Could not lock the journal folder ${dir}.`);
}
