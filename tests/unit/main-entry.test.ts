import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../src/shared/ipc';
import { SPEECH_CHANNELS } from '../../src/shared/channels';

/**
 * The Electron entry point (src/main/index.ts), run against a fake 'electron' module: the
 * real binary cannot be installed here, but the wiring — which window options, which
 * handlers, which checks on each IPC call — is ours and is tested all the same.
 */
const fake = vi.hoisted(() => {
  const state = {
    handlers: new Map<string, (event: unknown, ...args: unknown[]) => unknown>(),
    windows: [] as { options: Record<string, unknown>; loaded: string[]; zoomLimits?: [number, number] }[],
    appEvents: new Map<string, (...a: unknown[]) => void>(),
    permissionHandlerSet: false,
    cspSet: false,
    userData: '',
  };
  const session = {
    setPermissionRequestHandler: () => (state.permissionHandlerSet = true),
    setPermissionCheckHandler: () => undefined,
    on: () => undefined,
    webRequest: { onHeadersReceived: () => (state.cspSet = true) },
  };
  class BrowserWindow {
    record: (typeof state.windows)[number];
    webContents = {
      on: () => undefined,
      setVisualZoomLevelLimits: (a: number, b: number) => {
        this.record.zoomLimits = [a, b];
        return Promise.resolve();
      },
      setWindowOpenHandler: () => undefined,
    };
    constructor(options: Record<string, unknown>) {
      this.record = { options, loaded: [] };
      state.windows.push(this.record);
    }
    removeMenu() {}
    once() {}
    show() {}
    loadURL(url: string) {
      this.record.loaded.push(url);
      return Promise.resolve();
    }
  }
  const electron = {
    app: {
      requestSingleInstanceLock: () => true,
      quit: () => undefined,
      enableSandbox: () => undefined,
      whenReady: () => Promise.resolve(),
      getPath: () => state.userData,
      getAppPath: () => process.cwd(),
      isPackaged: false,
      on: (name: string, fn: (...a: unknown[]) => void) => state.appEvents.set(name, fn),
    },
    BrowserWindow,
    ipcMain: { handle: (channel: string, fn: (event: unknown, ...args: unknown[]) => unknown) => state.handlers.set(channel, fn) },
    session: { defaultSession: session, fromPartition: () => session },
  };
  return { state, electron };
});

vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }));

const root = resolve(import.meta.dirname, '../..');
const appUrl = pathToFileURL(join(root, 'src/renderer/index.html')).toString();
const fromApp = { senderFrame: { url: `${appUrl}?x=1` } };
const fromElsewhere = { senderFrame: { url: 'https://evil.example/' } };

async function startMain(env: Record<string, string>) {
  fake.state.handlers.clear();
  fake.state.windows.length = 0;
  fake.state.userData = mkdtempSync(join(tmpdir(), 'kiosk-userdata-'));
  for (const [k, v] of Object.entries(env)) vi.stubEnv(k, v);
  vi.resetModules();
  await import('../../src/main/index');
  await new Promise((r) => setTimeout(r, 0)); // let whenReady().then run
}

beforeEach(() => {
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true); // staff log echo
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('the Electron entry point, wired against a fake electron module', () => {
  it('opens one hardened kiosk window on the built page and registers exactly the four channels', async () => {
    const settings = join(mkdtempSync(join(tmpdir(), 'kiosk-s-')), 'settings.json');
    writeFileSync(settings, JSON.stringify({ printer: 'KioskPDF' }));
    await startMain({ KIOSK_SETTINGS: settings, KIOSK_CONTENT_DIR: join(root, 'data') });

    expect(fake.state.windows).toHaveLength(1);
    const win = fake.state.windows[0]!;
    expect(win.options).toMatchObject({
      kiosk: true,
      fullscreen: true,
      show: false,
      webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false, preload: join(root, 'src/preload/index.cjs') },
    });
    expect(win.loaded).toEqual([appUrl]);
    expect(win.zoomLimits).toEqual([1, 1]);
    expect(fake.state.permissionHandlerSet).toBe(true);
    expect(fake.state.cspSet).toBe(true);
    expect(fake.state.appEvents.has('web-contents-created')).toBe(true);
    expect([...fake.state.handlers.keys()].sort()).toEqual([...Object.values(CHANNELS), ...Object.values(SPEECH_CHANNELS)].sort());
  });

  it('serves validated content to its own page and refuses calls from any other frame', async () => {
    await startMain({ KIOSK_CONTENT_DIR: join(root, 'data'), KIOSK_SETTINGS: join(root, 'no-such-settings.json') });
    const load = fake.state.handlers.get(CHANNELS.loadContent)!;
    expect(await load(fromApp)).toMatchObject({ ok: true, value: { tasks: expect.any(Array) } });
    expect(await load(fromElsewhere)).toBeUndefined();
    const settings = fake.state.handlers.get(CHANNELS.getSettings)!;
    expect(await settings(fromApp)).toEqual({ idleSeconds: 60, warningSeconds: 30, printerConfigured: false });
  });

  it('with no printer configured, Print answers no-printer-configured instead of trying', async () => {
    await startMain({ KIOSK_CONTENT_DIR: join(root, 'data'), KIOSK_SETTINGS: join(root, 'no-such-settings.json') });
    const print = fake.state.handlers.get(CHANNELS.printChecklist)!;
    const request = {
      answers: { task: 'referral', region: { kind: 'state', code: 'CA' }, beneficiary: 'adfm', credential: 'myauth' },
      lang: 'en',
    };
    expect(await print(fromApp, request)).toEqual({ ok: false, error: { type: 'no-printer-configured' } });
    expect(await print(fromApp, { junk: 1 })).toEqual({ ok: false, error: { type: 'invalid-request' } });
  });

  it('with a broken content folder, still opens the window and reports every problem to the page', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kiosk-bad-content-'));
    writeFileSync(join(dir, 'tasks.json'), '{ not json');
    await startMain({ KIOSK_CONTENT_DIR: dir, KIOSK_SETTINGS: join(root, 'no-such-settings.json') });
    expect(fake.state.windows).toHaveLength(1);
    const result = (await fake.state.handlers.get(CHANNELS.loadContent)!(fromApp)) as { ok: boolean; error: { file: string }[] };
    expect(result.ok).toBe(false);
    expect(result.error.map((e) => e.file)).toContain('tasks.json');
  });
});
