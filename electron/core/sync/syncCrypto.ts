// Sync's encryption: a key from the sync passphrase (scrypt), and whole-file AES-256-GCM sealed to the file's own name.
import { createCipheriv, createDecipheriv, randomBytes, scrypt } from 'node:crypto';
import { z } from 'zod';

const FORMAT = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;

export const scryptParamsSchema = z.strictObject({
  N: z.number().int().min(2 ** 10).max(2 ** 20),
  r: z.number().int().min(1).max(32),
  p: z.number().int().min(1).max(16),
});
export type ScryptParams = z.infer<typeof scryptParamsSchema>;

/** About a quarter of a second and 128 MiB on a laptop: slow for a guesser, once per unlock for a person. */
export const DEFAULT_SCRYPT: ScryptParams = { N: 2 ** 17, r: 8, p: 1 };

export function deriveSyncKey(passphrase: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(passphrase.normalize('NFC'), salt, 32, { ...params, maxmem: 256 * params.N * params.r + 32 * 1024 * 1024 }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

/**
 * `plain` encrypted and authenticated as a whole, with `name` (the file's device, sequence and kind) as associated
 * data, so a file copied or renamed to another place in the folder is refused too.
 */
export function seal(key: Buffer, name: string, plain: Uint8Array): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(name, 'utf8'));
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([Buffer.from([FORMAT]), iv, body, cipher.getAuthTag()]);
}

/** The plain bytes, or null when the file is incomplete, damaged, under another key or not the file `name` says. */
export function unseal(key: Buffer, name: string, sealed: Uint8Array): Buffer | null {
  if (sealed.length < 1 + IV_BYTES + TAG_BYTES || sealed[0] !== FORMAT) return null;
  const bytes = Buffer.from(sealed.buffer, sealed.byteOffset, sealed.byteLength);
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(1, 1 + IV_BYTES));
    decipher.setAAD(Buffer.from(name, 'utf8'));
    decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
    return Buffer.concat([decipher.update(bytes.subarray(1 + IV_BYTES, bytes.length - TAG_BYTES)), decipher.final()]);
  } catch {
    return null;
  }
}
