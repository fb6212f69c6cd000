import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { formatContentError } from '../../shared/content/load';
import { err, ok, type Result } from '../../shared/result';
import { loadContentDir } from '../content-files';
import { writeFileAtomic } from '../files/atomic-write';
import type { StaffLog } from '../staff-log';
import { BUNDLE_EXTENSION, verifyBundle } from './format';

/**
 * Installed bundles live in <userData>/content-bundles/: one folder per bundle (its files and
 * the signed bundle itself, re-checked at every start) and state.json naming the current and
 * the previous one. Installing keeps exactly one previous bundle to roll back to.
 *
 * The small API a staff panel calls: installBundle (from a .kbundle file, or a folder/USB
 * drive holding one), rollbackBundle, currentBundle; activeBundleDir is what startup reads.
 */
interface StoreState {
  current?: string;
  previous?: string;
}

export interface BundleInfo {
  version: string;
  created: string;
  folder: string;
}

const STATE = 'state.json';
const SIGNED = `bundle${BUNDLE_EXTENSION}`;
const FOLDER = /^[0-9A-Za-z][0-9A-Za-z._-]{0,63}-[0-9a-f]{12}$/;

function readState(dir: string): StoreState {
  try {
    const raw = JSON.parse(readFileSync(join(dir, STATE), 'utf8')) as StoreState;
    const pick = (x: unknown) => (typeof x === 'string' && FOLDER.test(x) ? x : undefined);
    const current = pick(raw.current);
    const previous = pick(raw.previous);
    return { ...(current ? { current } : {}), ...(previous ? { previous } : {}) };
  } catch {
    return {};
  }
}

function writeState(dir: string, state: StoreState): void {
  writeFileAtomic(join(dir, STATE), `${JSON.stringify(state, null, 2)}\n`);
}

function info(dir: string, folder: string | undefined, publicKey?: string): BundleInfo | undefined {
  if (!folder) return undefined;
  try {
    const bytes = readFileSync(join(dir, folder, SIGNED));
    if (publicKey !== undefined) {
      const v = verifyBundle(bytes, publicKey);
      return v.ok ? { version: v.value.version, created: v.value.created, folder: join(dir, folder) } : undefined;
    }
    const payload = JSON.parse(JSON.parse(bytes.toString('utf8')).payload) as { version: string; created: string };
    return { version: payload.version, created: payload.created, folder: join(dir, folder) };
  } catch {
    return undefined;
  }
}

/** The bundle a .kbundle file is, or the one .kbundle in a folder (a USB drive's top level). */
function findBundleFile(source: string): Result<string, string> {
  let s;
  try {
    s = statSync(source);
  } catch (e) {
    return err(`cannot read ${source} (${(e as Error).message})`);
  }
  if (s.isFile()) return ok(source);
  const found = readdirSync(source).filter((n) => n.endsWith(BUNDLE_EXTENSION));
  if (found.length === 0) return err(`no ${BUNDLE_EXTENSION} file in ${source}`);
  if (found.length > 1) return err(`more than one ${BUNDLE_EXTENSION} file in ${source} (${found.slice(0, 5).join(', ')}): keep only the one to install`);
  return ok(join(source, found[0]!));
}

export interface InstallOptions {
  /** A .kbundle file, or a folder holding exactly one. */
  source: string;
  bundlesDir: string;
  publicKey: string | undefined;
  log: StaffLog;
}

/**
 * Accepts a bundle only if its signature verifies against the configured key AND its content
 * passes the kiosk's own loader; then makes it current, keeping the one before to roll back to.
 */
export function installBundle(options: InstallOptions): Result<BundleInfo, string> {
  const { bundlesDir, log } = options;
  const refuse = (why: string) => {
    log('error', `content bundle refused: ${why}`);
    return err(why);
  };
  const file = findBundleFile(options.source);
  if (!file.ok) return refuse(file.error);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file.value);
  } catch (e) {
    return refuse(`cannot read ${file.value} (${(e as Error).message})`);
  }
  const verified = verifyBundle(bytes, options.publicKey);
  if (!verified.ok) return refuse(`${basename(file.value)}: ${verified.error}`);
  const { version, files, created } = verified.value;
  const folder = `${version}-${createHash('sha256').update(bytes).digest('hex').slice(0, 12)}`;
  const target = join(bundlesDir, folder);
  const state = readState(bundlesDir);
  if (state.current === folder) return ok({ version, created, folder: target });
  try {
    rmSync(target, { recursive: true, force: true });
    mkdirSync(target, { recursive: true });
    for (const [name, text] of Object.entries(files)) writeFileSync(join(target, name), text);
    writeFileSync(join(target, SIGNED), bytes);
  } catch (e) {
    rmSync(target, { recursive: true, force: true });
    return refuse(`cannot unpack into ${target} (${(e as Error).message})`);
  }
  const content = loadContentDir(target);
  if (!content.ok) {
    rmSync(target, { recursive: true, force: true });
    const first = content.error.slice(0, 3).map(formatContentError).join('; ');
    return refuse(`version ${version} is signed but its content does not validate (${content.error.length} problems: ${first})`);
  }
  try {
    writeState(bundlesDir, { current: folder, ...(state.current ? { previous: state.current } : {}) });
  } catch (e) {
    return refuse(`cannot record the new bundle (${(e as Error).message})`);
  }
  // Keep the current and the previous; older bundles go.
  for (const name of readdirSync(bundlesDir)) {
    if (FOLDER.test(name) && name !== folder && name !== state.current) rmSync(join(bundlesDir, name), { recursive: true, force: true });
  }
  log('info', `content bundle ${version} installed (created ${created}); previous: ${state.current ?? 'none'}; restart the kiosk to use it`);
  return ok({ version, created, folder: target });
}

/** Makes the previous bundle current again (and the current one the previous). */
export function rollbackBundle(bundlesDir: string, log: StaffLog): Result<BundleInfo, string> {
  const state = readState(bundlesDir);
  const previous = info(bundlesDir, state.previous);
  if (!state.previous || !previous) return err('there is no previous content bundle to roll back to');
  try {
    writeState(bundlesDir, { current: state.previous, ...(state.current ? { previous: state.current } : {}) });
  } catch (e) {
    return err(`cannot roll back (${(e as Error).message})`);
  }
  log('warn', `content bundle rolled back to ${previous.version}; restart the kiosk to use it`);
  return ok(previous);
}

export function currentBundle(bundlesDir: string, publicKey?: string): BundleInfo | undefined {
  return info(bundlesDir, readState(bundlesDir).current, publicKey);
}

/**
 * The folder startup reads content from: the current bundle, re-verified against the key;
 * undefined (use the built-in data/) when there is none or it no longer verifies.
 */
export function activeBundleDir(bundlesDir: string, publicKey: string | undefined, log?: StaffLog): string | undefined {
  const state = readState(bundlesDir);
  if (!state.current) return undefined;
  const current = info(bundlesDir, state.current, publicKey ?? '');
  if (!current) {
    log?.('error', `content bundle ${state.current} no longer verifies against contentPublicKey; using the built-in content`);
    return undefined;
  }
  log?.('info', `content bundle ${current.version} (created ${current.created})`);
  return current.folder;
}
