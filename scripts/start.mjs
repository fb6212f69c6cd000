// npm start: the kiosk in Electron (electron-vite preview builds and launches it). Where the
// Electron binary is missing — offline machines without the Electron binary cannot download
// it — say so in one plain line instead of electron-vite's bare "Error: Electron uninstall".
import { spawn } from 'node:child_process';
import { electronBinary } from './electron-binary.mjs';

const electron = electronBinary();
if (!electron.ok) {
  console.error(`npm start: ${electron.missing}; \`npm run start:web\` runs the same kiosk in a browser.`);
  process.exit(1);
}
const child = spawn('npx', ['electron-vite', 'preview', ...process.argv.slice(2)], { stdio: 'inherit', shell: process.platform === 'win32' });
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
