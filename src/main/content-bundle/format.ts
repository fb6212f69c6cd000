import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { z } from 'zod';
import { CONTENT_FILES } from '../../shared/content/load';
import { err, ok, type Result } from '../../shared/result';

/**
 * A signed content bundle: every data/*.json file, a version and an Ed25519 signature, in one
 * JSON file (`<name>.kbundle`). The signature covers the exact bytes of `payload` (a JSON
 * string), so nothing is re-serialised before checking it:
 *
 *   { "format": "tricare-content-bundle/1", "payload": "{\"version\":…,\"files\":{…}}", "signature": "<base64>" }
 *
 * One trusted source signs; each kiosk holds only the public key (settings: contentPublicKey).
 */
export const BUNDLE_FORMAT = 'tricare-content-bundle/1';
export const BUNDLE_EXTENSION = '.kbundle';
const MAX_BUNDLE_BYTES = 20 * 1024 * 1024;

export const BundlePayload = z.strictObject({
  version: z.string().regex(/^[0-9A-Za-z][0-9A-Za-z._-]{0,63}$/, 'must be a version like 2026.12.02-1'),
  created: z.iso.datetime(),
  files: z.record(z.enum(CONTENT_FILES), z.string()),
});
export type BundlePayload = z.infer<typeof BundlePayload>;

const BundleFile = z.strictObject({
  format: z.literal(BUNDLE_FORMAT),
  payload: z.string().max(MAX_BUNDLE_BYTES),
  signature: z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/),
});

/** PEM, or base64 of the DER SubjectPublicKeyInfo. Undefined when it is not an Ed25519 key. */
export function publicKeyFrom(text: string): KeyObject | undefined {
  try {
    const key = text.includes('-----BEGIN')
      ? createPublicKey(text)
      : createPublicKey({ key: Buffer.from(text.trim(), 'base64'), format: 'der', type: 'spki' });
    return key.asymmetricKeyType === 'ed25519' ? key : undefined;
  } catch {
    return undefined;
  }
}

export function generateSigningKeys(): { publicKeyPem: string; privateKeyPem: string; publicKeyBase64: string } {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return {
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKeyBase64: publicKey.export({ type: 'spki', format: 'der' }).toString('base64'),
  };
}

export function signBundle(payload: BundlePayload, privateKeyPem: string): Uint8Array {
  const text = JSON.stringify(BundlePayload.parse(payload));
  const signature = sign(null, Buffer.from(text, 'utf8'), createPrivateKey(privateKeyPem)).toString('base64');
  return Buffer.from(`${JSON.stringify({ format: BUNDLE_FORMAT, payload: text, signature }, null, 1)}\n`, 'utf8');
}

/** Checks the signature against `publicKey` first, and only then reads what was signed. */
export function verifyBundle(bytes: Uint8Array, publicKey: string | undefined): Result<BundlePayload, string> {
  if (!publicKey) return err('no contentPublicKey in settings: no bundle can be trusted');
  const key = publicKeyFrom(publicKey);
  if (!key) return err('contentPublicKey in settings is not an Ed25519 public key');
  if (bytes.byteLength > MAX_BUNDLE_BYTES * 1.5) return err('the bundle is too large');
  let outer: z.infer<typeof BundleFile>;
  try {
    const parsed = BundleFile.safeParse(JSON.parse(Buffer.from(bytes).toString('utf8')));
    if (!parsed.success) return err(`not a content bundle (${parsed.error.issues[0]?.message ?? 'bad format'})`);
    outer = parsed.data;
  } catch (e) {
    return err(`not a content bundle (${(e as Error).message})`);
  }
  let good = false;
  try {
    good = verify(null, Buffer.from(outer.payload, 'utf8'), key, Buffer.from(outer.signature, 'base64'));
  } catch {
    good = false;
  }
  if (!good) return err('the signature does not match: the bundle was changed, or signed with another key');
  try {
    const payload = BundlePayload.safeParse(JSON.parse(outer.payload));
    return payload.success ? ok(payload.data) : err(`signed, but not a valid bundle (${payload.error.issues[0]?.message ?? ''})`);
  } catch (e) {
    return err(`signed, but not readable (${(e as Error).message})`);
  }
}
