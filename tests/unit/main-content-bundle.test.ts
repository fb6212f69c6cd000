import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  activeBundleDir,
  currentBundle,
  generateSigningKeys,
  installBundle,
  packBundle,
  rollbackBundle,
  signBundle,
  verifyBundle,
} from '../../src/main/content-bundle';
import { loadContentDir } from '../../src/main/content-files';
import { CONTENT_FILES, type ContentFileName } from '../../src/shared/content/load';

/** Signed content bundles: only a bundle signed by the trusted key, whose content validates, is installed (issue 13). */
const root = resolve(import.meta.dirname, '../..');
const tmp = (p: string) => mkdtempSync(join(tmpdir(), p));
const keys = generateSigningKeys();
const other = generateSigningKeys();

function dataCopy(mutate?: (dir: string) => void): string {
  const d = tmp('kiosk-data-');
  cpSync(join(root, 'data'), d, { recursive: true });
  mutate?.(d);
  return d;
}

function pack(version: string, dir = dataCopy()): Uint8Array {
  const r = packBundle({ dataDir: dir, version, privateKeyPem: keys.privateKeyPem, now: new Date('2026-12-02T10:00:00Z') });
  if (!r.ok) throw new Error(r.error.join('\n'));
  return r.value;
}

function usb(bytes: Uint8Array, name = 'tricare-content.kbundle'): string {
  const d = tmp('kiosk-usb-');
  writeFileSync(join(d, name), bytes);
  return d;
}

describe('content bundles', () => {
  it('sign and verify: the payload comes back exactly', () => {
    const bundle = pack('2026.12.02-1');
    const v = verifyBundle(bundle, keys.publicKeyBase64);
    expect(v.ok).toBe(true);
    if (!v.ok) return;
    expect(v.value.version).toBe('2026.12.02-1');
    expect(v.value.files['tasks.json']).toBe(readFileSync(join(root, 'data/tasks.json'), 'utf8'));
    expect(verifyBundle(bundle, keys.publicKeyPem).ok).toBe(true);
  });

  it('a tampered bundle is refused: one changed character in a file, or in the version', () => {
    const bundle = Buffer.from(pack('2026.12.02-1')).toString('utf8');
    const outer = JSON.parse(bundle);
    const payload = JSON.parse(outer.payload);
    payload.files['help-lines.json'] = payload.files['help-lines.json'].replace('1-800', '1-900');
    const tampered = JSON.stringify({ ...outer, payload: JSON.stringify(payload) });
    expect(verifyBundle(Buffer.from(tampered), keys.publicKeyBase64)).toEqual({ ok: false, error: expect.stringMatching(/signature does not match/) });
    const renamed = JSON.stringify({ ...outer, payload: outer.payload.replace('2026.12.02-1', '2099.01.01-1') });
    expect(verifyBundle(Buffer.from(renamed), keys.publicKeyBase64).ok).toBe(false);
  });

  it('a bundle signed with another key, or with no key configured, is refused', () => {
    const bundle = pack('1');
    expect(verifyBundle(bundle, other.publicKeyBase64)).toEqual({ ok: false, error: expect.stringMatching(/signature does not match/) });
    expect(verifyBundle(bundle, undefined)).toEqual({ ok: false, error: expect.stringMatching(/no contentPublicKey/) });
    expect(verifyBundle(bundle, 'not a key at all, but long enough to look like one')).toEqual({ ok: false, error: expect.stringMatching(/not an Ed25519 public key/) });
    expect(verifyBundle(Buffer.from('junk'), keys.publicKeyBase64).ok).toBe(false);
  });

  it('installs from a USB folder, logs the version, and startup reads it; a restart re-verifies it', () => {
    const bundlesDir = tmp('kiosk-bundles-');
    const log = vi.fn();
    const r = installBundle({ source: usb(pack('2026.12.02-1')), bundlesDir, publicKey: keys.publicKeyBase64, log });
    expect(r).toMatchObject({ ok: true, value: { version: '2026.12.02-1' } });
    expect(log).toHaveBeenCalledWith('info', expect.stringMatching(/content bundle 2026\.12\.02-1 installed/));
    expect(currentBundle(bundlesDir)?.version).toBe('2026.12.02-1');
    const dir = activeBundleDir(bundlesDir, keys.publicKeyBase64, log);
    expect(dir).toBeDefined();
    expect(loadContentDir(dir!).ok).toBe(true);
    // Someone edits the installed files or swaps the key: the bundle is no longer used.
    expect(activeBundleDir(bundlesDir, other.publicKeyBase64, log)).toBeUndefined();
    const signed = join(dir!, 'bundle.kbundle');
    writeFileSync(signed, readFileSync(signed, 'utf8').replace('"version', '"versiox'));
    expect(activeBundleDir(bundlesDir, keys.publicKeyBase64, log)).toBeUndefined();
  });

  it('a signed bundle whose content does not validate is refused, and the current one stays', () => {
    const bundlesDir = tmp('kiosk-bundles-');
    const log = vi.fn();
    installBundle({ source: usb(pack('good')), bundlesDir, publicKey: keys.publicKeyBase64, log });
    const broken = dataCopy();
    const text = readFileSync(join(broken, 'tasks.json'), 'utf8');
    // Signed by the trusted key, but broken: sign it by hand, bypassing packBundle's own check.
    const files = Object.fromEntries(
      CONTENT_FILES.map((f) => [f, f === 'tasks.json' ? text.replace('"source": "https', '"source": "http') : readFileSync(join(broken, f), 'utf8')]),
    ) as Record<ContentFileName, string>;
    const bad = signBundle({ version: 'bad', created: '2026-12-02T10:00:00.000Z', files }, keys.privateKeyPem);
    const r = installBundle({ source: usb(bad), bundlesDir, publicKey: keys.publicKeyBase64, log });
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/signed but its content does not validate .*https/) });
    expect(currentBundle(bundlesDir)?.version).toBe('good');
    expect(log).toHaveBeenCalledWith('error', expect.stringMatching(/content bundle refused/));
  });

  it('a folder with no bundle, or two, is refused with a plain reason', () => {
    const bundlesDir = tmp('kiosk-bundles-');
    expect(installBundle({ source: tmp('kiosk-empty-'), bundlesDir, publicKey: keys.publicKeyBase64, log: vi.fn() })).toEqual({ ok: false, error: expect.stringMatching(/no \.kbundle file/) });
    const two = usb(pack('a'), 'a.kbundle');
    writeFileSync(join(two, 'b.kbundle'), pack('b'));
    expect(installBundle({ source: two, bundlesDir, publicKey: keys.publicKeyBase64, log: vi.fn() })).toEqual({ ok: false, error: expect.stringMatching(/more than one/) });
  });

  it('keeps the previous bundle to roll back to, and only that one', () => {
    const bundlesDir = tmp('kiosk-bundles-');
    const log = vi.fn();
    const install = (v: string) => installBundle({ source: usb(pack(v)), bundlesDir, publicKey: keys.publicKeyBase64, log });
    install('1');
    install('2');
    install('3');
    expect(currentBundle(bundlesDir)?.version).toBe('3');
    expect(rollbackBundle(bundlesDir, log)).toMatchObject({ ok: true, value: { version: '2' } });
    expect(currentBundle(bundlesDir)?.version).toBe('2');
    expect(rollbackBundle(bundlesDir, log)).toMatchObject({ ok: true, value: { version: '3' } }); // back and forth, never to 1
    expect(rollbackBundle(tmp('kiosk-none-'), log)).toEqual({ ok: false, error: expect.stringMatching(/no previous/) });
  });
});

describe('npm scripts: validate-content and content:pack', () => {
  const node = process.execPath;
  const run = (script: string, args: string[]) => spawnSync(node, [join(root, 'scripts', script), ...args], { cwd: root, encoding: 'utf8' });

  it('validate-content passes data/ with exit code 0', () => {
    const r = run('validate-content.mjs', [join(root, 'data')]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/: OK — \d+ facts/);
  });

  it('validate-content lists a broken folder by file, item and field, with exit code 1', () => {
    const dir = dataCopy((d) => {
      const tasks = JSON.parse(readFileSync(join(d, 'tasks.json'), 'utf8'));
      delete tasks[0].label.es;
      tasks[1].source = 'http://example.com';
      writeFileSync(join(d, 'tasks.json'), JSON.stringify(tasks));
      writeFileSync(join(d, 'notices.json'), '[{"id": "x",');
    });
    const r = run('validate-content.mjs', [dir]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/REFUSED — the kiosk would show "out of service" \(3 problems\)/);
    expect(r.stdout).toMatch(/tasks\.json\n\s+\S+ › label\.es: /);
    expect(r.stdout).toMatch(/› source: must be an https address/);
    expect(r.stdout).toMatch(/notices\.json\n\s+\(file\): not valid JSON/);
    expect(run('validate-content.mjs', [join(dir, 'nope')]).status).toBe(2);
  });

  it('content:pack makes a key pair and a bundle the kiosk installs, and refuses broken content', () => {
    const work = tmp('kiosk-pack-');
    const gen = run('content-pack.mjs', ['--generate-key', join(work, 'keys')]);
    expect(gen.status, gen.stderr).toBe(0);
    const pub = /contentPublicKey for settings\.json: (\S+)/.exec(gen.stdout)![1]!;
    const out = join(work, 'c.kbundle');
    const packed = run('content-pack.mjs', ['--key', join(work, 'keys', 'content-signing.key'), '--version', '2026.12.02-7', '--out', out, join(root, 'data')]);
    expect(packed.status, packed.stderr).toBe(0);
    expect(installBundle({ source: out, bundlesDir: join(work, 'b'), publicKey: pub, log: vi.fn() })).toMatchObject({ ok: true, value: { version: '2026.12.02-7' } });
    const broken = dataCopy((d) => writeFileSync(join(d, 'tasks.json'), '[]'));
    const refused = run('content-pack.mjs', ['--key', join(work, 'keys', 'content-signing.key'), '--out', join(work, 'x.kbundle'), broken]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/does not validate; nothing packed/);
    expect(run('content-pack.mjs', ['--generate-key', join(work, 'keys')]).status).toBe(2); // never overwrites a key
  });
});
