import { closeSync, constants, existsSync, fsyncSync, openSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeSync, accessSync } from 'node:fs';
import { basename, isAbsolute, join, resolve } from 'node:path';
import { err, ok, type Result } from '../../shared/result';
import type { ExportError, ExportTarget } from '../../shared/staff/contract';

/**
 * Where staff can save the usage CSV: the removable drives that are mounted (no OS file
 * dialog — that would be a way out of the kiosk), or a folder path they type on the panel's
 * keyboard. The path is checked (absolute, exists, a folder, writable); the file name is
 * ours, never overwrites, and is written atomically (temp file, fsync, rename).
 */

/** Folders under which removable media appear (udisks, Debian's usbmount, macOS). */
export const MEDIA_ROOTS = ['/media', '/run/media', '/mnt', '/Volumes'];

/** Mount points from /proc/self/mounts (octal escapes like \040 decoded). */
export function parseMounts(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.split(' ')[1])
    .filter((p): p is string => p !== undefined && p !== '')
    .map((p) => p.replace(/\\([0-7]{3})/g, (_, o: string) => String.fromCharCode(parseInt(o, 8))));
}

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Mounted folders under MEDIA_ROOTS (Linux reads the mount table; elsewhere the folders two
 * levels down are listed), plus Windows drive letters other than C:.
 */
export function listExportTargets(options: { roots?: string[]; mountsFile?: string; platform?: NodeJS.Platform } = {}): ExportTarget[] {
  const roots = options.roots ?? MEDIA_ROOTS;
  const platform = options.platform ?? process.platform;
  let paths: string[] = [];
  if (platform === 'win32') {
    paths = 'DEFGHIJKLMNOPQRSTUVWXYZ'.split('').map((l) => `${l}:\\`).filter((p) => existsSync(p));
  } else {
    const mountsFile = options.mountsFile ?? '/proc/self/mounts';
    let mounts: string[] | undefined;
    try {
      mounts = parseMounts(readFileSync(mountsFile, 'utf8'));
    } catch {
      mounts = undefined;
    }
    const under = (p: string) => roots.some((r) => p.startsWith(`${r}/`));
    if (mounts) paths = mounts.filter(under);
    else {
      for (const root of roots) {
        for (const a of children(root)) {
          const inner = children(a);
          paths.push(...(inner.length > 0 && /\/(media|run\/media)$/.test(root) ? inner : [a]));
        }
      }
    }
  }
  return [...new Set(paths)].sort().map((path) => ({ path, label: basename(path) || path, writable: writable(path) }));
}

function children(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => join(dir, d.name));
  } catch {
    return [];
  }
}

/** The file system calls the export makes (a test injects failures). */
export interface ExportFs {
  statSync: typeof statSync;
  openSync: typeof openSync;
  writeSync: typeof writeSync;
  fsyncSync: typeof fsyncSync;
  closeSync: typeof closeSync;
  renameSync: typeof renameSync;
  unlinkSync: typeof unlinkSync;
  existsSync: typeof existsSync;
}
const realFs: ExportFs = { statSync, openSync, writeSync, fsyncSync, closeSync, renameSync, unlinkSync, existsSync };

export function checkExportFolder(dir: string, fs: ExportFs = realFs): Result<string, ExportError> {
  if (!isAbsolute(dir)) return err({ type: 'folder-missing', detail: `${dir} is not a full path (it must start with / or a drive letter)` });
  const path = resolve(dir);
  let st;
  try {
    st = fs.statSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM') return err({ type: 'not-writable', detail: `${path}: no permission to open it` });
    return err({ type: 'folder-missing', detail: `${path} does not exist (is the drive plugged in?)` });
  }
  if (!st.isDirectory()) return err({ type: 'not-a-folder', detail: `${path} is a file, not a folder` });
  return ok(path);
}

/** Writes `text` as a new file in `dir` (name-2.csv, name-3.csv … if taken). */
export function writeExport(dir: string, fileName: string, text: string, fs: ExportFs = realFs): Result<string, ExportError> {
  const folder = checkExportFolder(dir, fs);
  if (!folder.ok) return folder;
  const stem = fileName.replace(/\.csv$/, '');
  let target = join(folder.value, fileName);
  for (let n = 2; fs.existsSync(target); n++) {
    if (n > 99) return err({ type: 'write-failed', detail: `${folder.value} already has 99 files named ${fileName}` });
    target = join(folder.value, `${stem}-${n}.csv`);
  }
  const tmp = `${target}.tmp-${process.pid}`;
  let fd: number | undefined;
  try {
    fd = fs.openSync(tmp, 'wx');
    const bytes = Buffer.from(text, 'utf8');
    let off = 0;
    while (off < bytes.length) off += fs.writeSync(fd, bytes, off, bytes.length - off);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(tmp, target);
    return ok(target);
  } catch (e) {
    if (fd !== undefined) {
      try {
        fs.closeSync(fd);
      } catch {
        // already failing; the temp file is removed below
      }
    }
    try {
      fs.unlinkSync(tmp);
    } catch {
      // never created, or the drive is gone
    }
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
      return err({ type: 'not-writable', detail: `${folder.value} cannot be written to (${code}${code === 'EROFS' ? ': read-only drive' : ''})` });
    }
    if (code === 'ENOSPC') return err({ type: 'write-failed', detail: `${folder.value}: the drive is full` });
    if (code === 'ENOENT') return err({ type: 'folder-missing', detail: `${folder.value} went away while writing (drive removed?)` });
    return err({ type: 'write-failed', detail: `${folder.value}: ${(e as Error).message}` });
  }
}
