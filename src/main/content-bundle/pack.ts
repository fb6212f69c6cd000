import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_FILES, formatContentError } from '../../shared/content/load';
import { err, ok, type Result } from '../../shared/result';
import { loadContentDir } from '../content-files';
import { signBundle } from './format';

/** Packs a data/ folder into a signed bundle; refuses content the kiosk itself would refuse. */
export function packBundle(options: { dataDir: string; version: string; privateKeyPem: string; now?: Date }): Result<Uint8Array, string[]> {
  const content = loadContentDir(options.dataDir);
  if (!content.ok) return err(content.error.map(formatContentError));
  const files: Record<string, string> = {};
  for (const name of CONTENT_FILES) files[name] = readFileSync(join(options.dataDir, name), 'utf8');
  try {
    return ok(signBundle({ version: options.version, created: (options.now ?? new Date()).toISOString(), files }, options.privateKeyPem));
  } catch (e) {
    return err([(e as Error).message]);
  }
}
