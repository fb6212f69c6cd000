import * as nodeFs from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The fs calls an atomic write needs; injectable so a test can fail one of them. */
export type AtomicFs = Pick<
  typeof nodeFs,
  'openSync' | 'writeSync' | 'fsyncSync' | 'closeSync' | 'renameSync' | 'unlinkSync' | 'mkdirSync'
>;

/**
 * Replaces `path` with `data` so that a reader (or the next start after a power cut or a
 * kill) sees either the old file whole or the new file whole, never half of one: the bytes
 * go to a temporary file beside it, are flushed to disk (fsync), and only then renamed over
 * the old one (rename is atomic on one file system). The folder is fsynced too, best effort,
 * so the rename itself survives a power cut. Throws on failure; the old file is untouched.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array, fs: AtomicFs = nodeFs): void {
  const dir = dirname(path);
  fs.mkdirSync(dir, { recursive: true });
  const tmp = join(dir, `.${basename(path)}.${process.pid}.tmp`);
  const fd = fs.openSync(tmp, 'w', 0o600);
  try {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let written = 0;
    while (written < bytes.byteLength) written += fs.writeSync(fd, bytes, written, bytes.byteLength - written);
    fs.fsyncSync(fd);
  } catch (e) {
    fs.closeSync(fd);
    tryUnlink(fs, tmp);
    throw e;
  }
  fs.closeSync(fd);
  try {
    fs.renameSync(tmp, path);
  } catch (e) {
    tryUnlink(fs, tmp);
    throw e;
  }
  syncDir(fs, dir);
}

function tryUnlink(fs: AtomicFs, file: string): void {
  try {
    fs.unlinkSync(file);
  } catch {
    // already gone
  }
}

function syncDir(fs: AtomicFs, dir: string): void {
  try {
    const fd = fs.openSync(dir, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // Not every platform can fsync a folder (Windows); the data itself is already on disk.
  }
}

/** `<file>.corrupt-2026-12-02T10-15-00` : a name for a copy kept aside, never overwriting one. */
export function asideName(file: string, now: Date): string {
  return `${file}.corrupt-${now.toISOString().slice(0, 19).replace(/:/g, '-')}`;
}
