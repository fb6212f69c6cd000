import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/**
 * The staff log's last lines for the panel, read from the end of the file (never the whole
 * rotated megabyte), and from <file>.1 when the current file is short after a rotation.
 */
export function readLogTail(file: string, lines = 40, maxBytes = 64 * 1024): string[] {
  const current = tail(file, maxBytes);
  if (current.length >= lines) return current.slice(-lines);
  return [...tail(`${file}.1`, maxBytes), ...current].slice(-lines);
}

function tail(file: string, maxBytes: number): string[] {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return [];
  }
  try {
    const size = fstatSync(fd).size;
    const start = Math.max(0, size - maxBytes);
    const buf = Buffer.alloc(size - start);
    readSync(fd, buf, 0, buf.length, start);
    const text = buf.toString('utf8');
    const all = text.split('\n');
    // A read that starts mid-file starts mid-line: drop that partial first line.
    if (start > 0) all.shift();
    return all.filter((l) => l.trim() !== '');
  } catch {
    return [];
  } finally {
    closeSync(fd);
  }
}
