import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * The staff PIN is kept only as a salted scrypt hash, in the settings file as
 * "scrypt$<N>$<r>$<p>$<salt base64>$<hash base64>". The parameters travel with the hash, so
 * a later, stronger default still verifies old hashes. Comparison is constant-time.
 */
export const SCRYPT_DEFAULTS = { N: 2 ** 15, r: 8, p: 1 } as const;
const KEY_BYTES = 32;
const SALT_BYTES = 16;
/** N=2^15, r=8 needs 32 MiB; node's default cap is exactly that, so leave room. */
const MAX_MEM = 128 * 1024 * 1024;

const HASH = /^scrypt\$(\d+)\$(\d+)\$(\d+)\$([A-Za-z0-9+/]+=*)\$([A-Za-z0-9+/]+=*)$/;

function derive(pin: string, salt: Buffer, params: { N: number; r: number; p: number }, keyLen: number): Promise<Buffer> {
  const options: ScryptOptions = { N: params.N, r: params.r, p: params.p, maxmem: MAX_MEM };
  return new Promise((resolve, reject) => scrypt(pin.normalize('NFKC'), salt, keyLen, options, (e, key) => (e ? reject(e) : resolve(key))));
}

export async function hashPin(pin: string, params: { N: number; r: number; p: number } = SCRYPT_DEFAULTS): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(pin, salt, params, KEY_BYTES);
  return `scrypt$${params.N}$${params.r}$${params.p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

export function isPinHash(s: unknown): s is string {
  if (typeof s !== 'string') return false;
  const m = HASH.exec(s);
  if (!m) return false;
  const [N, r, p] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // N a power of two; bounds keep a tampered file from asking for gigabytes or hours.
  return N >= 2 ** 10 && N <= 2 ** 20 && (N & (N - 1)) === 0 && r >= 1 && r <= 32 && p >= 1 && p <= 16;
}

/** True when `pin` matches `stored`. A malformed hash never matches (and never throws). */
export async function verifyPin(pin: string, stored: string): Promise<boolean> {
  if (!isPinHash(stored)) return false;
  const m = HASH.exec(stored)!;
  const params = { N: Number(m[1]), r: Number(m[2]), p: Number(m[3]) };
  const salt = Buffer.from(m[4]!, 'base64');
  const expected = Buffer.from(m[5]!, 'base64');
  if (expected.length < 16 || salt.length < 8) return false;
  try {
    const actual = await derive(pin, salt, params, expected.length);
    return timingSafeEqual(actual, expected);
  } catch {
    return false;
  }
}
