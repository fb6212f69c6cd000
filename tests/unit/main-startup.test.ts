import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { APP_URL, OUT_OF_SERVICE_URL } from '../../src/main/app-protocol';
import { allowQuit } from '../../src/main/kiosk-window/quit';
import { startKiosk } from '../../src/main/startup';
import { SPEECH_CHANNELS, STAFF_CHANNELS } from '../../src/shared/channels';
import { CHANNELS } from '../../src/shared/ipc';
import { createFakeElectron, type FakeElectron } from './fake-electron';

/**
 * The real startup (src/main/startup.ts) against a fake electron module, under each fault the
 * security probe found (H1, M1, M4, L8): every path ends with a window on the out-of-service
 * screen and a log line, never with no window.
 */
const root = resolve(import.meta.dirname, '../..');
const tmp = (p: string) => mkdtempSync(join(tmpdir(), p));

/** A built-looking app folder: main/ beside renderer/index.html, so app:// has something to serve. */
function appDir(): string {
  const d = tmp('kiosk-app-');
  mkdirSync(join(d, 'main'));
  mkdirSync(join(d, 'renderer', 'assets'), { recursive: true });
  writeFileSync(join(d, 'renderer', 'index.html'), '<!doctype html><title>kiosk</title>');
  writeFileSync(join(d, 'renderer', 'assets', 'app.js'), 'console.log(1)');
  return d;
}

let listenersBefore: { ue: Function[]; ur: Function[] };
beforeEach(() => {
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  listenersBefore = { ue: process.listeners('uncaughtException'), ur: process.listeners('unhandledRejection') };
  allowQuit(false);
});
afterEach(() => {
  for (const l of process.listeners('uncaughtException')) if (!listenersBefore.ue.includes(l)) process.off('uncaughtException', l as never);
  for (const l of process.listeners('unhandledRejection')) if (!listenersBefore.ur.includes(l)) process.off('unhandledRejection', l as never);
  vi.useRealTimers();
  vi.restoreAllMocks();
});

interface Start {
  userData?: string;
  env?: Record<string, string>;
  settings?: unknown;
  fake?: Partial<Parameters<typeof createFakeElectron>[0]>;
  retryMs?: number;
}

async function start(o: Start = {}): Promise<FakeElectron & { userData: string; logText: () => string }> {
  const userData = o.userData ?? tmp('kiosk-userdata-');
  const app = appDir();
  const settingsFile = join(tmp('kiosk-s-'), 'settings.json');
  if (o.settings !== undefined) writeFileSync(settingsFile, JSON.stringify(o.settings));
  const fake = createFakeElectron({ userData, ...o.fake });
  startKiosk(fake.electron, {
    mainDir: join(app, 'main'),
    env: { KIOSK_SETTINGS: settingsFile, KIOSK_CONTENT_DIR: join(root, 'data'), ...o.env },
    ...(o.retryMs ? { retryMs: o.retryMs } : {}),
  });
  await vi.waitFor(() => expect(fake.state.windows.length).toBeGreaterThan(0));
  const logText = () => {
    try {
      return readFileSync(join(userData, 'logs', 'kiosk.log'), 'utf8');
    } catch {
      return '';
    }
  };
  return { ...fake, userData, logText };
}

const loadContent = (f: FakeElectron) => f.invoke(CHANNELS.loadContent) as Promise<{ ok: boolean; value?: unknown; error?: { file: string; message: string }[] }>;

describe('startup: a window in every case', () => {
  it('opens one hardened kiosk window on app://kiosk/index.html with the four channels, no menu, the scheme privileged', async () => {
    const f = await start({ settings: { printer: 'KioskPDF' } });
    expect(f.state.windows).toHaveLength(1);
    const win = f.state.windows[0]!;
    expect(win.options).toMatchObject({ kiosk: true, fullscreen: true, show: false, webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false } });
    expect(win.loaded).toEqual([APP_URL]);
    expect(win.webContents.zoomLimits).toEqual([1, 1]);
    expect([...f.state.handlers.keys()].sort()).toEqual([...Object.values(CHANNELS), ...Object.values(SPEECH_CHANNELS), ...Object.values(STAFF_CHANNELS)].sort());
    expect(f.state.menus).toEqual([null]);
    expect(f.state.schemes).toEqual([expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) })]);
    expect(f.state.protocolHandlers.has('app')).toBe(true);
    expect(f.state.permissionHandlerSet && f.state.cspSet).toBe(true);
    for (const e of ['close']) expect(win.listenerCount(e)).toBeGreaterThan(0);
    for (const e of ['before-input-event', 'unresponsive', 'render-process-gone', 'did-fail-load']) expect(win.webContents.listenerCount(e)).toBeGreaterThan(0);
    expect(await loadContent(f)).toMatchObject({ ok: true });
  });

  it('the staff-log folder cannot be made ("logs" is a file): window on out-of-service, the reason in loadContent, a log line elsewhere', async () => {
    const userData = tmp('kiosk-userdata-');
    writeFileSync(join(userData, 'logs'), 'not a folder');
    const f = await start({ userData });
    expect(f.state.windows[0]!.loaded).toEqual([APP_URL]);
    const r = await loadContent(f);
    expect(r.ok).toBe(false);
    expect(r.error![0]).toMatchObject({ file: '(staff log)', message: expect.stringMatching(/cannot write the staff log/) });
  });

  it('unusable userData (a path through a file, as unwritable as read-only for us): still a window on out-of-service', async () => {
    const blocker = join(tmp('kiosk-ro-'), 'file');
    writeFileSync(blocker, 'x');
    const f = await start({ userData: join(blocker, 'userdata') });
    expect(f.state.windows).toHaveLength(1);
    const r = await loadContent(f);
    expect(r.ok).toBe(false);
    expect(r.error![0]!.file).toBe('(staff log)');
  });

  it('content that once overflowed the loader (125k issues): window on out-of-service with a capped list', async () => {
    const dir = tmp('kiosk-content-');
    cpSync(join(root, 'data'), dir, { recursive: true });
    writeFileSync(join(dir, 'tasks.json'), JSON.stringify(Array.from({ length: 26_000 }, () => ({}))));
    const f = await start({ env: { KIOSK_CONTENT_DIR: dir } });
    const r = await loadContent(f);
    expect(r.ok).toBe(false);
    expect(r.error!.length).toBeLessThanOrEqual(201);
    expect(r.error!.at(-1)!.message).toMatch(/more problems/);
    expect(f.logText()).toMatch(/content refused/);
  });

  // The staff log is how staff learn why the kiosk is out of service or needs a content check.
  it('tells staff in the log that the content was refused, and why', async () => {
    const dir = tmp('kiosk-bad-content-');
    cpSync(join(root, 'data'), dir, { recursive: true });
    writeFileSync(join(dir, 'tasks.json'), '{ not json');
    const f = await start({ env: { KIOSK_CONTENT_DIR: dir } });
    await loadContent(f);
    expect(f.logText()).toMatch(/ERROR content refused \(\d+ problems?\)/);
    expect(f.logText()).toMatch(/ERROR content: tasks\.json/);
    expect(f.logText()).not.toMatch(/content loaded from/);
  });

  it('tells staff in the log which facts need review when the content is stale, and still serves it', async () => {
    const dir = tmp('kiosk-stale-content-');
    cpSync(join(root, 'data'), dir, { recursive: true });
    const tasks = JSON.parse(readFileSync(join(dir, 'tasks.json'), 'utf8')) as { id: string; reviewed: string }[];
    tasks[0]!.reviewed = '2020-01-02';
    writeFileSync(join(dir, 'tasks.json'), JSON.stringify(tasks));
    const f = await start({ env: { KIOSK_CONTENT_DIR: dir } });
    expect((await loadContent(f)).ok).toBe(true);
    expect(f.logText()).toContain(`content loaded from ${dir}`);
    expect(f.logText()).toMatch(new RegExp(`WARN content needs review: tasks\\.json.*${tasks[0]!.id}`));
  });

  it('a settings file of the wrong shape: defaults, the window, a log line naming it', async () => {
    const f = await start({ settings: [1, 2, 3] });
    expect(f.state.windows).toHaveLength(1);
    expect(await f.invoke(CHANNELS.getSettings)).toMatchObject({ idleSeconds: 60, printerConfigured: false });
    expect(f.logText()).toMatch(/must be a JSON object of settings/);
  });

  it('the first window cannot be made (throws): a second try shows out-of-service with the reason', async () => {
    const f = await start({ fake: { windowThrows: 1 } });
    expect(f.state.windows).toHaveLength(1);
    // with the preload: without window.kiosk the page would run as the web build, not out of service
    expect(f.state.windows[0]!.options).toMatchObject({ webPreferences: { preload: expect.stringMatching(/preload\/index\.cjs$/), sandbox: true } });
    expect(f.state.windows[0]!.loaded).toEqual([APP_URL]);
    const r = await loadContent(f);
    expect(r).toMatchObject({ ok: false, error: [{ file: '(startup)', message: expect.stringMatching(/GPU process failed/) }] });
    expect(f.logText()).toMatch(/startup failed: Error: GPU process failed/);
  });

  it('app:// cannot be served: main shows its own built-in out-of-service page (no renderer needed)', async () => {
    const f = await start({ fake: { protocolHandleThrows: true } });
    const url = f.state.windows[0]!.loaded.at(-1)!;
    expect(url).toMatch(/^data:text\/html/);
    expect(decodeURIComponent(url)).toMatch(/Out of service — please ask staff/);
  });

  it('an uncaught exception after start is logged and the kiosk keeps serving (no Electron error dialog)', async () => {
    const f = await start();
    const handlers = process.listeners('uncaughtException').filter((l) => !listenersBefore.ue.includes(l));
    expect(handlers.length).toBeGreaterThan(0);
    expect(process.listeners('unhandledRejection').length).toBeGreaterThan(listenersBefore.ur.length);
    (handlers[0] as (e: Error) => void)(new Error('stray bug'));
    expect(f.logText()).toMatch(/uncaught exception: Error: stray bug/);
    expect(f.state.windows).toHaveLength(1);
  });

  it('while out of service it tries again on its own: fixed content is picked up and the page reloaded', async () => {
    const dir = tmp('kiosk-content-');
    cpSync(join(root, 'data'), dir, { recursive: true });
    const good = readFileSync(join(dir, 'tasks.json'));
    writeFileSync(join(dir, 'tasks.json'), '{ broken');
    const f = await start({ env: { KIOSK_CONTENT_DIR: dir }, retryMs: 200 });
    expect((await loadContent(f)).ok).toBe(false);
    writeFileSync(join(dir, 'tasks.json'), good);
    await vi.waitFor(() => expect(f.state.windows[0]!.loaded.length).toBeGreaterThan(1), { timeout: 5_000 });
    expect(f.state.windows[0]!.loaded.at(-1)).toBe(APP_URL);
    expect((await loadContent(f)).ok).toBe(true);
    expect(f.logText()).toMatch(/out of service: trying again/);
  });

  it('a page that fails to load shows the built-in out-of-service page, served from memory by app://', async () => {
    const f = await start();
    const win = f.state.windows[0]!;
    win.webContents.fire('did-fail-load', -6, 'ERR_FILE_NOT_FOUND', APP_URL, true);
    expect(win.loaded.at(-1)).toBe(OUT_OF_SERVICE_URL);
    const res = await f.state.protocolHandlers.get('app')!(new Request(OUT_OF_SERVICE_URL));
    expect(res.status).toBe(200);
    expect(await res.text()).toMatch(/could not be loaded \(ERR_FILE_NOT_FOUND\)/);
    win.webContents.fire('did-fail-load', -3, 'ERR_ABORTED', APP_URL, true); // a cancelled load is no failure
    win.webContents.fire('did-fail-load', -6, 'x', 'app://kiosk/sub', false); // nor is a subframe's
    expect(win.loaded.filter((u) => u === OUT_OF_SERVICE_URL)).toHaveLength(1);
    // main's own page failing falls back to a data: URL, and that failing too ends the chain
    win.webContents.fire('did-fail-load', -2, 'ERR_FAILED', OUT_OF_SERVICE_URL, true);
    expect(win.loaded.at(-1)).toMatch(/^data:text\/html/);
    const count = win.loaded.length;
    win.webContents.fire('did-fail-load', -2, 'ERR_FAILED', win.loaded.at(-1), true);
    expect(win.loaded).toHaveLength(count);
  });
});

describe('the IPC sender check (probe I1)', () => {
  it('answers only the kiosk page main frame, by exact origin and path', async () => {
    const f = await start();
    expect(await f.invoke(CHANNELS.loadContent, [], { url: `${APP_URL}?x=1#top` })).toMatchObject({ ok: true });
    for (const url of [
      'app://kiosk/index.html.evil.html',
      'app://kiosk/index.htmlx',
      'app://kiosk.evil/index.html',
      'app://evil/index.html',
      'https://evil.example/index.html',
      `file://${root}/out/renderer/index.html`,
      'app://kiosk/__out-of-service',
    ]) {
      expect(await f.invoke(CHANNELS.loadContent, [], { url })).toBeUndefined();
    }
    expect(await f.invoke(CHANNELS.loadContent, [], { url: APP_URL, subframe: true })).toBeUndefined();
    expect(f.logText()).toMatch(/refused a call from app:\/\/kiosk\/index\.html\.evil\.html/);
  });
});

describe('kiosk exits (probe M4, L8)', () => {
  it('the window refuses to close until staff mode allows it', async () => {
    const f = await start();
    const win = f.state.windows[0]!;
    expect(win.tryClose()).toBe(false);
    expect(f.logText()).toMatch(/refused to close the kiosk window/);
    for (let i = 0; i < 1_000; i++) win.tryClose(); // a visitor hammering Alt+F4
    expect(f.logText().match(/refused to close/g)!.length).toBeLessThanOrEqual(5);
    allowQuit();
    expect(win.tryClose()).toBe(true);
  });

  it('a non-kiosk set-up session (kiosk: false) may close', async () => {
    const f = await start({ settings: { kiosk: false } });
    expect(f.state.windows[0]!.tryClose()).toBe(true);
  });

  it('drops exit, reload and DevTools keys before the page sees them', async () => {
    const f = await start();
    const wc = f.state.windows[0]!.webContents;
    const key = (key: string, mods: Record<string, boolean> = {}) => wc.fire('before-input-event', { type: 'keyDown', key, ...mods });
    expect(key('F4', { alt: true })).toBe(true);
    expect(key('w', { control: true })).toBe(true);
    expect(key('q', { meta: true })).toBe(true);
    expect(key('I', { control: true, shift: true })).toBe(true);
    expect(key('F5')).toBe(true);
    expect(key('F11')).toBe(true);
    expect(key('F12')).toBe(true);
    expect(key('ArrowLeft', { alt: true })).toBe(true);
    expect(key('BrowserBack')).toBe(true);
    for (const k of ['Tab', 'Enter', ' ', 'ArrowDown', 'Escape', '5']) expect(key(k)).toBe(false);
    expect(key('Tab', { shift: true })).toBe(false);
  });

  it('a second instance quits at once and registers nothing (the documented single-instance pattern)', async () => {
    const fake = createFakeElectron({ userData: tmp('kiosk-u-'), lock: false });
    startKiosk(fake.electron, { mainDir: join(appDir(), 'main'), env: {} });
    await new Promise((r) => setTimeout(r, 20));
    expect(fake.state.quitCalls).toBe(1);
    expect(fake.state.whenReadyCalls).toBe(0);
    expect(fake.state.windows).toHaveLength(0);
    expect(fake.state.handlers.size).toBe(0);
  });

  it('the first instance brings its window to the front when a second one starts', async () => {
    const f = await start();
    const win = f.state.windows[0]!;
    win.minimized = true;
    f.state.appEvents.emit('second-instance', {}, ['kiosk'], '/');
    expect(win.minimized).toBe(false);
    expect(win.visible).toBe(true);
    expect(win.focusCalls).toBe(1);
  });
});
