// Is Electron's own binary installed? The electron package fetches it on first use, which
// fails on offline machines; check for the file instead of requiring 'electron' to find out.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export function electronBinary() {
  const require = createRequire(import.meta.url);
  let dir;
  try {
    dir = dirname(require.resolve('electron/package.json'));
  } catch {
    return { ok: false, missing: 'the electron package is not installed (run npm install)' };
  }
  const pathTxt = join(dir, 'path.txt');
  if (!existsSync(pathTxt)) return { ok: false, missing: `the Electron binary is not installed (${join(dir, 'dist')})`, dir };
  const binary = join(dir, 'dist', readFileSync(pathTxt, 'utf8').trim());
  if (!existsSync(binary)) return { ok: false, missing: `the Electron binary is not installed (${binary})`, dir };
  return { ok: true, binary, dist: join(dir, 'dist'), dir };
}
