import type { BrowserWindowConstructorOptions, Session, WebContents } from 'electron';

/**
 * Hardening for the kiosk window, kept apart from window creation so the rules are read (and
 * tested) in one place. Type-only Electron imports: this file runs under plain Node in tests.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export function secureWebPreferences(preload: string | undefined): NonNullable<BrowserWindowConstructorOptions['webPreferences']> {
  return {
    ...(preload ? { preload } : {}),
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    disableBlinkFeatures: 'Auxclick',
    devTools: false,
  };
}

/** The only page the kiosk window may show: the app's own index.html. */
export function isAppUrl(url: string, appUrl: string): boolean {
  try {
    const u = new URL(url);
    const app = new URL(appUrl);
    return u.protocol === app.protocol && u.host === app.host && u.pathname === app.pathname;
  } catch {
    return false;
  }
}

type Logger = (level: 'info' | 'warn' | 'error', message: string) => void;

/** Denies navigation away from the app, new windows, webviews and downloads. */
export function lockDownWebContents(contents: WebContents, appUrl: string, log: Logger): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, appUrl)) {
      event.preventDefault();
      log('warn', `blocked navigation to ${url}`);
    }
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, appUrl)) {
      event.preventDefault();
      log('warn', `blocked redirect to ${url}`);
    }
  });
  contents.setWindowOpenHandler(({ url }) => {
    log('warn', `blocked new window for ${url}`);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log('warn', 'blocked a webview');
  });
}

/** No camera, microphone, location, notifications … nothing; no downloads; CSP on every response. */
export function lockDownSession(session: Session, log: Logger): void {
  session.setPermissionRequestHandler((_wc, permission, callback) => {
    log('warn', `denied permission request: ${permission}`);
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.on('will-download', (event) => {
    event.preventDefault();
    log('warn', 'blocked a download');
  });
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
}
