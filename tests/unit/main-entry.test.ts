import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { APP_URL } from '../../src/main/app-protocol';
import { SPEECH_CHANNELS, STAFF_CHANNELS } from '../../src/shared/channels';
import { CHANNELS } from '../../src/shared/ipc';
import type { FakeElectron } from './fake-electron';

/**
 * The Electron entry point (src/main/index.ts) against a fake 'electron' module: the real
 * binary cannot be installed here, but the wiring is ours and is tested all the same. The
 * startup itself, under every fault, is tested in main-startup.test.ts.
 */
const root = resolve(import.meta.dirname, '../..');
const holder = vi.hoisted(() => ({ fake: undefined as FakeElectron | undefined }));

vi.mock('electron', async () => {
  const { createFakeElectron } = await import('./fake-electron');
  holder.fake = createFakeElectron({ userData: mkdtempSync(join(tmpdir(), 'kiosk-userdata-')) });
  return { ...holder.fake.electron, default: holder.fake.electron };
});

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('the Electron entry point, wired against a fake electron module', () => {
  it('starts the kiosk: one window on app://kiosk/index.html, the four channels, the preload beside the bundle; Print without a printer says so', async () => {
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    vi.stubEnv('KIOSK_CONTENT_DIR', join(root, 'data'));
    vi.stubEnv('KIOSK_SETTINGS', join(root, 'no-such-settings.json'));
    const main = await import('../../src/main/index');
    await vi.waitFor(() => expect(holder.fake!.state.windows).toHaveLength(1));
    const f = holder.fake!;
    const win = f.state.windows[0]!;
    expect(win.loaded).toEqual([APP_URL]);
    expect(win.options).toMatchObject({ webPreferences: { preload: join(root, 'src/preload/index.cjs'), sandbox: true } });
    expect([...f.state.handlers.keys()].sort()).toEqual([...Object.values(CHANNELS), ...Object.values(SPEECH_CHANNELS), ...Object.values(STAFF_CHANNELS)].sort());
    expect(typeof main.allowQuit).toBe('function');
    const request = { answers: { task: 'referral', region: { kind: 'state', code: 'CA' }, beneficiary: 'adfm', credential: 'myauth' }, lang: 'en' };
    expect(await f.invoke(CHANNELS.printChecklist, [request])).toEqual({ ok: false, error: { type: 'no-printer-configured' } });
    expect(await f.invoke(CHANNELS.printChecklist, [{ junk: 1 }])).toEqual({ ok: false, error: { type: 'invalid-request' } });
    expect(await f.invoke(CHANNELS.getSettings)).toEqual({ idleSeconds: 60, warningSeconds: 30, printerConfigured: false, printTimeoutSeconds: 60, defaultLang: 'en' });
  });
});
