// The sync folder's key file: the scrypt salt and settings, and a verifier that refuses a wrong passphrase before anything is read.
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { writeFileAtomically } from '../store/durableFs';
import { DEFAULT_SCRYPT, deriveSyncKey, scryptParamsSchema, seal, unseal, type ScryptParams } from './syncCrypto';

export const KEY_FILE = 'sync.cairnkey';
const VERIFIER_NAME = 'cairn-sync/key';
const VERIFIER_TEXT = 'cairn sync key';

const keyFileSchema = z.strictObject({
  format: z.literal(1),
  kdf: z.literal('scrypt'),
  params: scryptParamsSchema,
  salt: z.base64().min(16),
  verifier: z.base64(),
});

export class WrongSyncPassphraseError extends Error {
  constructor() {
    super('That sync passphrase does not open this sync folder. Enter the one you chose on your first computer.');
  }
}

export class DamagedKeyFileError extends Error {
  constructor(file: string) {
    super(`The sync folder's key file (${file}) cannot be read. Copy it again from another computer that syncs this folder.`);
  }
}

/**
 * The key for the sync folder at `root` (its `cairn-sync` folder). The first device writes the key file; every later
 * one must bring the same passphrase, or is refused with nothing read or written.
 */
export async function unlockSyncFolder(root: string, passphrase: string, params: ScryptParams = DEFAULT_SCRYPT): Promise<Buffer> {
  const file = path.join(root, KEY_FILE);
  if (!fs.existsSync(file)) {
    const salt = randomBytes(16);
    const key = await deriveSyncKey(passphrase, salt, params);
    const verifier = seal(key, VERIFIER_NAME, Buffer.from(VERIFIER_TEXT, 'utf8'));
    const content = { format: 1, kdf: 'scrypt', params, salt: salt.toString('base64'), verifier: verifier.toString('base64') };
    writeFileAtomically(file, `${JSON.stringify(content)}\n`);
    return key;
  }
  let stored: z.infer<typeof keyFileSchema>;
  try {
    stored = keyFileSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
  } catch {
    throw new DamagedKeyFileError(file);
  }
  const key = await deriveSyncKey(passphrase, Buffer.from(stored.salt, 'base64'), stored.params);
  const opened = unseal(key, VERIFIER_NAME, Buffer.from(stored.verifier, 'base64'));
  if (opened?.toString('utf8') !== VERIFIER_TEXT) throw new WrongSyncPassphraseError();
  return key;
}
