// npm run start:web: the web build as a second deployment. Builds the renderer, serves it on
// 127.0.0.1 (nothing else is reachable), and opens Chromium full screen in kiosk mode with
// silent printing (--kiosk --kiosk-printing), or prints the address when no Chromium is found.
// Limits (docs/operators.md): printing goes to the browser's default printer with no job
// tracking, no usage counts, no staff log; for unattended use prefer the Electron kiosk.
//   --port <n>      (default 4173)     --no-build    serve out/renderer as it is
//   --no-browser    only serve and print the address
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { port: { type: 'string', default: '4173' }, 'no-build': { type: 'boolean' }, 'no-browser': { type: 'boolean' }, root: { type: 'string' } },
});
const root = resolve(values.root ?? 'out/renderer');

if (!values['no-build']) {
  const r = spawnSync('npx', ['electron-vite', 'build'], { stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
if (!existsSync(join(root, 'index.html'))) {
  console.error(`start:web: ${root}/index.html is missing; run without --no-build`);
  process.exit(1);
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png' };
const rootReal = await realpath(root);

/** Only files under the renderer folder; nothing outside it, no folders. */
async function fileFor(urlPath) {
  let path;
  try {
    path = decodeURIComponent(new URL(urlPath, 'http://x').pathname);
  } catch {
    return undefined;
  }
  if (path.includes('\0') || path.includes('\\') || path.split('/').includes('..')) return undefined;
  const candidate = normalize(join(rootReal, path === '/' ? 'index.html' : path));
  const real = await realpath(candidate).catch(() => undefined);
  if (!real || !real.startsWith(rootReal + sep)) return undefined;
  return (await stat(real).catch(() => undefined))?.isFile() ? real : undefined;
}

const server = createServer(async (req, res) => {
  const file = req.method === 'GET' || req.method === 'HEAD' ? await fileFor(req.url ?? '/') : undefined;
  if (!file) {
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    return;
  }
  res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
  res.end(req.method === 'HEAD' ? undefined : await readFile(file));
});

const port = Number(values.port);
server.listen(port, '127.0.0.1', () => {
  const url = `http://127.0.0.1:${port}/`;
  const browser = values['no-browser'] ? undefined : findChromium();
  if (!browser) {
    const why = values['no-browser'] ? '' : ' (no Chromium found: open it in a browser started with --kiosk --kiosk-printing)';
    console.log(`start:web: the kiosk is at ${url}${why}`);
    return;
  }
  console.log(`start:web: serving ${url}; opening ${browser} in kiosk mode`);
  const profile = mkdtempSync(join(tmpdir(), 'kiosk-web-profile-'));
  const child = spawn(browser, ['--kiosk', '--kiosk-printing', '--incognito', '--no-first-run', '--disable-translate', '--noerrdialogs', `--user-data-dir=${profile}`, url], { stdio: 'ignore' });
  child.on('exit', () => server.close());
});

function findChromium() {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/microsoft-edge',
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ];
  return candidates.find((c) => c && existsSync(c));
}
