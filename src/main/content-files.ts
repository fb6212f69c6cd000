import { join } from 'node:path';
import { CONTENT_FILES, parseContent, type UnreadableFile } from '../shared/content/load';
import type { ContentLoadResult } from '../shared/ipc';
import { readTextFile } from './files/text-file';

/**
 * Reads every content file from `dir` (UTF-8 with or without a BOM, or UTF-16 as Notepad saves
 * it); a file that cannot be read or parsed is named, not thrown.
 */
export function readContentFiles(dir: string): Record<string, unknown> {
  const files: Record<string, unknown> = {};
  for (const name of CONTENT_FILES) {
    let text: string;
    try {
      text = readTextFile(join(dir, name));
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') continue; // parseContent reports "file is missing"
      files[name] = { unreadable: `cannot read: ${(e as Error).message}` } satisfies UnreadableFile;
      continue;
    }
    try {
      files[name] = JSON.parse(text);
    } catch (e) {
      files[name] = { unreadable: `not valid JSON: ${(e as Error).message}` } satisfies UnreadableFile;
    }
  }
  return files;
}

/** Loaded and validated once at startup; the renderer shows "out of service" on failure. */
export function loadContentDir(dir: string): ContentLoadResult {
  return parseContent(readContentFiles(dir));
}
