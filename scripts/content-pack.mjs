// npm run content:pack -- --key <private-key.pem> [--version <v>] [--out <file.kbundle>] [data-dir]
//   Packs a content folder (default data/) into a signed bundle (Ed25519, node:crypto) after
//   checking it with the kiosk's own loader. Copy the .kbundle to a USB drive or a shared
//   folder; a kiosk accepts it only if it verifies against contentPublicKey in its settings.
// npm run content:pack -- --generate-key <folder>
//   Makes a key pair: <folder>/content-signing.key (keep it secret, off the kiosks) and
//   content-signing.pub (its base64 line goes into each kiosk's settings as contentPublicKey).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

await import('../bench/lib/ts-loader.mjs'); // lets Node import the project's TypeScript
const { generateSigningKeys, packBundle, BUNDLE_EXTENSION } = await import('../src/main/content-bundle/index.ts');

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { key: { type: 'string' }, version: { type: 'string' }, out: { type: 'string' }, 'generate-key': { type: 'string' } },
});

if (values['generate-key']) {
  const dir = resolve(values['generate-key']);
  mkdirSync(dir, { recursive: true });
  const secret = join(dir, 'content-signing.key');
  if (existsSync(secret)) {
    console.error(`content:pack: ${secret} exists already; not overwriting a signing key`);
    process.exit(2);
  }
  const keys = generateSigningKeys();
  writeFileSync(secret, keys.privateKeyPem, { mode: 0o600 });
  writeFileSync(join(dir, 'content-signing.pub'), `${keys.publicKeyPem}\n# for the kiosk settings (contentPublicKey):\n${keys.publicKeyBase64}\n`);
  console.log(`private key: ${secret} (keep it off the kiosks)\ncontentPublicKey for settings.json: ${keys.publicKeyBase64}`);
  process.exit(0);
}

if (!values.key) {
  console.error('usage: npm run content:pack -- --key <private-key.pem> [--version <v>] [--out <file>] [data-dir]\n       npm run content:pack -- --generate-key <folder>');
  process.exit(2);
}
const dataDir = resolve(positionals[0] ?? 'data');
const version = values.version ?? `${new Date().toISOString().slice(0, 10).replace(/-/g, '.')}-1`;
const result = packBundle({ dataDir, version, privateKeyPem: readFileSync(resolve(values.key), 'utf8') });
if (!result.ok) {
  console.error(`content:pack: ${dataDir} does not validate; nothing packed:\n${result.error.map((e) => `  ${e}`).join('\n')}`);
  process.exit(1);
}
const out = resolve(values.out ?? `tricare-content-${version}${BUNDLE_EXTENSION}`);
writeFileSync(out, result.value);
console.log(`content:pack: ${out} (version ${version}, ${result.value.byteLength} bytes, signed)`);
