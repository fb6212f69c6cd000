// npm run dist: builds the app and packages it with electron-builder (electron-builder.json):
// on Linux an AppImage and a .deb, on Windows the NSIS installer (per machine). Fuses are set
// by build/after-pack.mjs. Packaging needs Electron's own binary for the target platform; on
// machines that have none and cannot download one this stops with the reason.
//   --if-possible   exit 0 (with the reason) instead of 1 when packaging cannot run here (CI)
import { spawnSync } from 'node:child_process';
import { electronBinary } from './electron-binary.mjs';

const ifPossible = process.argv.includes('--if-possible');
const passThrough = process.argv.slice(2).filter((a) => a !== '--if-possible');
const electron = electronBinary();
if (!electron.ok) {
  console.log(
    `dist: skipped — packaging needs the Electron binary: ${electron.missing}, and it cannot be downloaded on this machine. ` +
      'The packaging config is checked by tests/unit/packaging.test.ts; build the installers on a machine with the binary: npm run dist',
  );
  process.exit(ifPossible ? 0 : 1);
}
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
run('npx', ['electron-vite', 'build']);
// Use the installed binary for the host platform, so nothing is downloaded for it.
run('npx', ['electron-builder', '--config', 'electron-builder.json', `-c.electronDist=${electron.dist}`, ...passThrough]);
