import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { Session, WebContents } from 'electron';
import {
  CONTENT_SECURITY_POLICY,
  isAppUrl,
  lockDownSession,
  lockDownWebContents,
  secureWebPreferences,
} from '../../src/main/security';

const APP = 'file:///opt/kiosk/out/renderer/index.html';

/** Just enough of WebContents/Session to exercise the handlers the kiosk installs. */
function fakeContents() {
  const em = new EventEmitter() as EventEmitter & { openHandler?: (d: { url: string }) => { action: string } };
  const wc = Object.assign(em, {
    setWindowOpenHandler: (h: (d: { url: string }) => { action: string }) => (em.openHandler = h),
  });
  return wc;
}

function fire(em: EventEmitter, name: string, ...args: unknown[]) {
  const event = { preventDefault: vi.fn() };
  em.emit(name, event, ...args);
  return event.preventDefault;
}

describe('kiosk window hardening', () => {
  it('uses isolation, the sandbox and no Node in the page', () => {
    expect(secureWebPreferences('/p.cjs')).toMatchObject({
      preload: '/p.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
      webSecurity: true,
      devTools: false,
      disableBlinkFeatures: 'Auxclick',
    });
  });

  it('accepts only the app page itself as a navigation target', () => {
    expect(isAppUrl(APP, APP)).toBe(true);
    expect(isAppUrl(`${APP}?test=1#x`, APP)).toBe(true);
    expect(isAppUrl('file:///etc/passwd', APP)).toBe(false);
    expect(isAppUrl('https://milconnect.dmdc.osd.mil/', APP)).toBe(false);
    expect(isAppUrl('not a url', APP)).toBe(false);
  });

  it('denies navigation away, redirects, new windows and webviews, and logs each', () => {
    const wc = fakeContents();
    const log = vi.fn();
    lockDownWebContents(wc as unknown as WebContents, APP, log);
    expect(fire(wc, 'will-navigate', 'https://evil.example/')).toHaveBeenCalled();
    expect(fire(wc, 'will-navigate', APP)).not.toHaveBeenCalled();
    expect(fire(wc, 'will-redirect', 'https://evil.example/')).toHaveBeenCalled();
    expect(fire(wc, 'will-attach-webview')).toHaveBeenCalled();
    expect(wc.openHandler!({ url: 'https://tricare.triwest.com' })).toEqual({ action: 'deny' });
    expect(log).toHaveBeenCalledTimes(4);
  });

  it('denies every permission, blocks downloads and sets the CSP header', () => {
    const em = new EventEmitter();
    let request!: (wc: unknown, p: string, cb: (ok: boolean) => void) => void;
    let check!: () => boolean;
    let headers!: (d: { responseHeaders: Record<string, string[]> }, cb: (r: unknown) => void) => void;
    const session = Object.assign(em, {
      setPermissionRequestHandler: (h: typeof request) => (request = h),
      setPermissionCheckHandler: (h: typeof check) => (check = h),
      webRequest: { onHeadersReceived: (h: typeof headers) => (headers = h) },
    });
    lockDownSession(session as unknown as Session, vi.fn());
    const cb = vi.fn();
    request(null, 'media', cb);
    expect(cb).toHaveBeenCalledWith(false);
    expect(check()).toBe(false);
    expect(fire(em, 'will-download')).toHaveBeenCalled();
    const out = vi.fn();
    headers({ responseHeaders: { 'X-A': ['1'] } }, out);
    expect(out).toHaveBeenCalledWith({ responseHeaders: { 'X-A': ['1'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });

  it('has a CSP that allows no remote code, no objects and no framing', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:/);
  });
});
