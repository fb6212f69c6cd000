import { EventEmitter } from 'node:events';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { APP_URL, createAppProtocolHandler, isAppPage, isTrustedSender, OUT_OF_SERVICE_URL } from '../../src/main/app-protocol';
import { isBlockedInput } from '../../src/main/kiosk-window/key-filter';
import { watchRenderer, type RecoveryClock } from '../../src/main/kiosk-window/recovery';
import { CONTENT_SECURITY_POLICY } from '../../src/main/security';

function rendererDir() {
  const d = mkdtempSync(join(tmpdir(), 'kiosk-renderer-'));
  const r = join(d, 'renderer');
  mkdirSync(join(r, 'assets'), { recursive: true });
  mkdirSync(join(r, 'data'));
  writeFileSync(join(r, 'index.html'), '<!doctype html><p>kiosk</p>');
  writeFileSync(join(r, 'assets', 'app.js'), 'export {}');
  writeFileSync(join(r, 'data', 'tasks.json'), '[]');
  writeFileSync(join(d, 'secret.txt'), 'outside the renderer');
  writeFileSync(join(d, 'renderer-evil.html'), 'sibling folder with a shared prefix');
  symlinkSync(join(d, 'secret.txt'), join(r, 'link.txt'));
  return r;
}

describe('app:// serves the built renderer and nothing else (probe L1)', () => {
  const handlerRoot = rendererDir();
  const handler = createAppProtocolHandler({ root: handlerRoot, outOfServicePage: () => '<p>oos</p>' });
  const get = (url: string) => handler(new Request(url));

  it('does not serve the web build’s content copy in the kiosk (a page without its preload must not run on it)', async () => {
    expect((await get('app://kiosk/data/tasks.json')).status).toBe(404);
    expect((await get('app://kiosk/data')).status).toBe(404);
  });

  it('serves index.html, assets (and data when asked) with the CSP as a header', async () => {
    const page = await get(APP_URL);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await page.text()).toContain('kiosk');
    expect((await get('app://kiosk/assets/app.js')).headers.get('content-type')).toMatch(/javascript/);
    const withData = createAppProtocolHandler({ root: handlerRoot, outOfServicePage: () => '', serveData: true });
    expect(await (await withData(new Request('app://kiosk/data/tasks.json?x=1'))).text()).toBe('[]');
    expect((await get('app://kiosk/')).status).toBe(200);
  });

  it.each([
    'app://kiosk/../secret.txt',
    'app://kiosk/%2e%2e/secret.txt',
    'app://kiosk/assets/%2e%2e/%2e%2e/secret.txt',
    'app://kiosk/..%2fsecret.txt',
    'app://kiosk/..%5csecret.txt',
    'app://kiosk/%2e%2e%2frenderer-evil.html',
    'app://kiosk/link.txt',
    'app://kiosk/assets',
    'app://kiosk/index.html%00.js',
    'app://kiosk/%E0%A4%A',
    'app://other/index.html',
    'app://kiosk/etc/passwd',
  ])('refuses %s', async (url) => {
    expect((await get(url)).status).toBe(404);
  });

  it('refuses anything but GET/HEAD', async () => {
    expect((await handler(new Request(APP_URL, { method: 'POST', body: 'x' }))).status).toBe(405);
  });

  it('serves main’s out-of-service page from memory, under its own strict policy', async () => {
    const res = await get(OUT_OF_SERVICE_URL);
    expect(await res.text()).toBe('<p>oos</p>');
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'none'; style-src 'sha256-/);
    const gone = createAppProtocolHandler({ root: '/no/such/renderer', outOfServicePage: () => 'still here' });
    expect(await (await gone(new Request(OUT_OF_SERVICE_URL))).text()).toBe('still here');
    expect((await gone(new Request(APP_URL))).status).toBe(404);
  });
});

describe('exact sender check (probe I1)', () => {
  const main = { url: APP_URL };
  it('accepts only the kiosk page main frame', () => {
    expect(isTrustedSender({ senderFrame: main, sender: { mainFrame: main } })).toBe(true);
    expect(isTrustedSender({ senderFrame: { url: APP_URL }, sender: { mainFrame: main } })).toBe(false); // a subframe at the same URL
    expect(isTrustedSender({ senderFrame: null, sender: { mainFrame: main } })).toBe(false);
    const disposed = { get senderFrame(): { url: string } { throw new Error('Render frame was disposed'); }, sender: { mainFrame: main } };
    expect(isTrustedSender(disposed)).toBe(false);
    for (const url of ['app://kiosk/index.html.evil.html', 'app://kiosk/index.htmlx', 'app://kiosk/sub/index.html', 'file:///index.html']) {
      const f = { url };
      expect(isTrustedSender({ senderFrame: f, sender: { mainFrame: f } })).toBe(false);
    }
    expect(isAppPage(`${APP_URL}?test=1#x`)).toBe(true);
  });
});

describe('key filter (probe M4)', () => {
  it.each([
    ['Alt+F4', { key: 'F4', alt: true }],
    ['Ctrl+W', { key: 'w', control: true }],
    ['Ctrl+Q', { key: 'q', control: true }],
    ['Cmd+Q', { key: 'q', meta: true }],
    ['Ctrl+R', { key: 'r', control: true }],
    ['Ctrl+Shift+I', { key: 'I', control: true, shift: true }],
    ['Ctrl+P (print dialog)', { key: 'p', control: true }],
    ['Ctrl+= (zoom)', { key: '=', control: true }],
    ['F5', { key: 'F5' }],
    ['F11', { key: 'F11' }],
    ['F12', { key: 'F12' }],
    ['Alt+Left (back)', { key: 'ArrowLeft', alt: true }],
    ['BrowserRefresh', { key: 'BrowserRefresh' }],
  ])('drops %s', (_n, input) => expect(isBlockedInput({ type: 'keyDown', ...input })).toBe(true));
  it.each(['Tab', 'Enter', ' ', 'Escape', 'ArrowUp', '7', 'a'])('keeps %s', (key) => expect(isBlockedInput({ type: 'keyDown', key })).toBe(false));
});

function fakeClock() {
  let t = 0;
  const timers: { at: number; fn: () => void; id: number }[] = [];
  let next = 1;
  const clock: RecoveryClock & { advance(ms: number): void } = {
    now: () => t,
    setTimeout: (fn, ms) => {
      const id = next++;
      timers.push({ at: t + ms, fn, id });
      return id;
    },
    clearTimeout: (id) => {
      const i = timers.findIndex((x) => x.id === id);
      if (i >= 0) timers.splice(i, 1);
    },
    advance(ms) {
      const end = t + ms;
      for (;;) {
        timers.sort((a, b) => a.at - b.at);
        const due = timers[0];
        if (!due || due.at > end) break;
        timers.shift();
        t = due.at;
        due.fn();
      }
      t = end;
    },
  };
  return clock;
}

function watched() {
  const contents = Object.assign(new EventEmitter(), { forcefullyCrashRenderer: vi.fn() });
  const clock = fakeClock();
  const reloadApp = vi.fn();
  const showOutOfService = vi.fn();
  const log = vi.fn();
  watchRenderer({ contents, log, reloadApp, showOutOfService, clock });
  return { contents, clock, reloadApp, showOutOfService, log };
}

describe('hang and crash recovery (probe M1)', () => {
  it('crash reloads back off 1 s, 5 s, 30 s, then the out-of-service page instead of a loop', () => {
    const w = watched();
    const crash = () => w.contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 11 });
    crash();
    w.clock.advance(999);
    expect(w.reloadApp).not.toHaveBeenCalled();
    w.clock.advance(1);
    expect(w.reloadApp).toHaveBeenCalledTimes(1);
    crash();
    w.clock.advance(4_999);
    expect(w.reloadApp).toHaveBeenCalledTimes(1);
    w.clock.advance(1);
    expect(w.reloadApp).toHaveBeenCalledTimes(2);
    crash();
    w.clock.advance(30_000);
    expect(w.reloadApp).toHaveBeenCalledTimes(3);
    crash();
    w.clock.advance(60_000);
    expect(w.reloadApp).toHaveBeenCalledTimes(3);
    expect(w.showOutOfService).toHaveBeenCalledWith(expect.stringMatching(/stopped 4 times/));
    // 50 crashes in a row: never more than the three reloads (the probe saw 50 immediate ones)
    for (let i = 0; i < 50; i++) crash();
    w.clock.advance(120_000);
    expect(w.reloadApp).toHaveBeenCalledTimes(3);
  });

  it('after a quiet spell the count starts again', () => {
    const w = watched();
    for (let i = 0; i < 3; i++) {
      w.contents.emit('render-process-gone', {}, { reason: 'oom' });
      w.clock.advance(31_000);
    }
    w.clock.advance(11 * 60_000);
    w.contents.emit('render-process-gone', {}, { reason: 'oom' });
    w.clock.advance(1_000);
    expect(w.reloadApp).toHaveBeenCalledTimes(4);
    expect(w.showOutOfService).not.toHaveBeenCalled();
  });

  it('a renderer unresponsive for 10 s is killed and reloaded; one that recovers is left alone', () => {
    const w = watched();
    w.contents.emit('unresponsive');
    w.clock.advance(5_000);
    w.contents.emit('responsive');
    w.clock.advance(60_000);
    expect(w.contents.forcefullyCrashRenderer).not.toHaveBeenCalled();
    w.contents.emit('unresponsive');
    w.clock.advance(10_000);
    expect(w.contents.forcefullyCrashRenderer).toHaveBeenCalledTimes(1);
    w.contents.emit('render-process-gone', {}, { reason: 'killed' }); // the kill itself: one reload, not two
    w.clock.advance(1_000);
    expect(w.reloadApp).toHaveBeenCalledTimes(1);
    expect(w.log).toHaveBeenCalledWith('error', expect.stringMatching(/still unresponsive/));
  });

  it('a preload that fails shows out-of-service (the page would otherwise run as the web build)', () => {
    const w = watched();
    w.contents.emit('preload-error', {}, '/app/out/preload/index.cjs', new Error('SyntaxError'));
    expect(w.showOutOfService).toHaveBeenCalledWith(expect.stringMatching(/preload failed/));
  });
});
