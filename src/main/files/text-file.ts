import { readFileSync } from 'node:fs';

/**
 * Operators edit settings and content in whatever editor the PC has. Windows Notepad writes a
 * UTF-8 byte-order mark, or UTF-16 ("Unicode"); JSON.parse chokes on both. This decodes
 * UTF-8 (with or without BOM) and UTF-16 LE/BE (with a BOM, or recognised by its zero bytes).
 */
export function decodeText(bytes: Uint8Array): string {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return b.subarray(3).toString('utf8');
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return b.subarray(2).toString('utf16le');
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return swapBytes(b.subarray(2)).toString('utf16le');
  // No BOM: JSON starts with ASCII, so UTF-16 shows as a zero byte beside the first character.
  if (b.length >= 4 && b.length % 2 === 0) {
    if (b[0] !== 0 && b[1] === 0 && b[2] !== 0 && b[3] === 0) return b.toString('utf16le');
    if (b[0] === 0 && b[1] !== 0 && b[2] === 0 && b[3] !== 0) return swapBytes(b).toString('utf16le');
  }
  return b.toString('utf8');
}

function swapBytes(b: Buffer): Buffer {
  const out = Buffer.from(b.subarray(0, b.length - (b.length % 2)));
  out.swap16();
  return out;
}

/** Reads a text file in any of the encodings above. Throws like readFileSync (ENOENT …). */
export function readTextFile(path: string): string {
  return decodeText(readFileSync(path));
}
