import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { OUT_OF_SERVICE_CSP } from './out-of-service-page';
import { CONTENT_SECURITY_POLICY } from './security';

/**
 * The renderer is served from app://kiosk/, not file://. On a file:// page `'self'` means every
 * local file and (with Electron's default fuse) fetch() can read the whole disk; on app:// the
 * page's origin is exactly the built renderer folder. The handler serves only files under
 * that folder (no "..", no symlink out of it, no folders), with the CSP as a real header, and
 * the built-in out-of-service page from memory, which works even when the folder is gone.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'kiosk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_URL = `${APP_ORIGIN}/index.html`;
/** Main's own out-of-service page, for when the renderer itself cannot load or keeps crashing. */
export const OUT_OF_SERVICE_URL = `${APP_ORIGIN}/__out-of-service`;

/**
 * Registered before the app is ready: a standard, secure origin that fetch() works on, and
 * CORS-mode requests (the bundle is an ES module script) are allowed to reach it. The CSP
 * keeps every request same-origin.
 */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true },
} as const;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

export interface AppProtocolOptions {
  /** The built renderer folder (out/renderer). */
  root: string;
  /**
   * Serve the web build's copy of the content (out/renderer/data/)? Off in the kiosk: there the
   * content comes from main over IPC, and a page that lost its preload must end on "out of
   * service", not run the web build's code path on a stale copy with the browser's print dialog.
   */
  serveData?: boolean;
  /** HTML of the built-in out-of-service page. */
  outOfServicePage: () => string;
}

const headers = (type: string, csp = CONTENT_SECURITY_POLICY) => ({
  'Content-Type': type,
  'Content-Security-Policy': csp,
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-store',
});

const notFound = () => new Response('Not found', { status: 404, headers: headers('text/plain; charset=utf-8') });

/** The file under `root` a request names, or undefined when it names anything else. */
export async function resolveAppFile(root: string, requestUrl: string): Promise<string | undefined> {
  let u: URL;
  try {
    u = new URL(requestUrl);
  } catch {
    return undefined;
  }
  if (u.protocol !== `${APP_SCHEME}:` || u.host !== APP_HOST || u.username || u.password) return undefined;
  let path: string;
  try {
    path = decodeURIComponent(u.pathname);
  } catch {
    return undefined;
  }
  if (path.includes('\0') || path.includes('\\') || path.split('/').includes('..')) return undefined;
  const rootReal = await realpath(root).catch(() => undefined);
  if (!rootReal) return undefined;
  const candidate = normalize(join(rootReal, path === '/' ? 'index.html' : path));
  if (!candidate.startsWith(rootReal + sep)) return undefined;
  const real = await realpath(candidate).catch(() => undefined);
  if (!real || !real.startsWith(rootReal + sep)) return undefined; // a symlink out of the folder
  const info = await stat(real).catch(() => undefined);
  return info?.isFile() ? real : undefined;
}

/** The protocol.handle('app', …) handler; pure Node (Request → Response), tested without Electron. */
export function createAppProtocolHandler(options: AppProtocolOptions): (request: Request) => Promise<Response> {
  return async (request) => {
    try {
      if (request.method !== 'GET' && request.method !== 'HEAD') return new Response('Method not allowed', { status: 405 });
      const u = new URL(request.url);
      if (u.host === APP_HOST && u.pathname === new URL(OUT_OF_SERVICE_URL).pathname) {
        return new Response(options.outOfServicePage(), { status: 200, headers: headers(TYPES['.html']!, OUT_OF_SERVICE_CSP) });
      }
      if (!options.serveData && (u.pathname === '/data' || u.pathname.startsWith('/data/'))) return notFound();
      const file = await resolveAppFile(options.root, request.url);
      if (!file) return notFound();
      const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
      return new Response(await readFile(file), { status: 200, headers: headers(type) });
    } catch {
      return notFound();
    }
  };
}

/** The kiosk page itself: app://kiosk/index.html, any query or hash, nothing else. */
export function isAppPage(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST && !u.username && !u.password && u.pathname === '/index.html';
  } catch {
    return false;
  }
}

/** The parts of an IpcMainInvokeEvent the sender check reads. */
export interface SenderEvent {
  readonly senderFrame: { readonly url: string } | null | undefined;
  readonly sender: { readonly mainFrame: unknown };
}

/**
 * Only the kiosk page's own main frame may call main: exact origin and path (not a prefix,
 * so "index.html.evil.html" fails), and no subframe. A disposed frame (its getter throws)
 * is refused like any stranger.
 */
export function isTrustedSender(event: SenderEvent): boolean {
  try {
    const frame = event.senderFrame;
    if (!frame || frame !== event.sender.mainFrame) return false;
    return isAppPage(frame.url);
  } catch {
    return false;
  }
}
