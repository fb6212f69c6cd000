import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';

/**
 * Launches the built Electron app (out/main/index.js) and walks one seed scenario. Electron's
 * binary cannot be downloaded on this workplace: without node_modules/electron/path.txt the
 * test is skipped with the reason printed, rather than requiring 'electron' (which would try
 * the download and throw).
 */
const require = createRequire(import.meta.url);
const electronDir = dirname(require.resolve('electron/package.json'));
const hasBinary = existsSync(join(electronDir, 'path.txt'));
const reason = `no Electron binary (${join(electronDir, 'path.txt')} is absent; it cannot be downloaded here)`;
if (!hasBinary) console.log(`[electron tests] skipped: ${reason}`);

const root = resolve(import.meta.dirname, '../..');

test.describe('the Electron kiosk', () => {
  test.skip(!hasBinary, reason);

  test('opens one hardened window that shows the attract screen and exposes only window.kiosk', async () => {
    const executablePath = require('electron') as unknown as string;
    const app = await electron.launch({
      executablePath,
      args: [join(root, 'out/main/index.js')],
      env: { ...process.env, KIOSK_SETTINGS: join(root, 'tests/electron/settings.json') },
    });
    try {
      const win = await app.firstWindow();
      await expect(win.getByRole('button', { name: /tap to start/i })).toBeVisible();
      const exposed = await win.evaluate(() => ({
        kiosk: typeof window.kiosk,
        keys: window.kiosk ? Object.keys(window.kiosk).sort() : [],
        require: typeof (window as unknown as { require?: unknown }).require,
        process: typeof (window as unknown as { process?: unknown }).process,
      }));
      expect(exposed).toEqual({
        kiosk: 'object',
        keys: ['getSettings', 'loadContent', 'printChecklist', 'recordUsage'],
        require: 'undefined',
        process: 'undefined',
      });
      // Served from app://kiosk (not file://), and the page cannot read local files.
      expect(win.url()).toMatch(/^app:\/\/kiosk\/index\.html/);
      const fileRead = await win.evaluate(() =>
        fetch('file:///etc/hostname').then(
          () => 'read',
          () => 'refused',
        ),
      );
      expect(fileRead).toBe('refused');
      // No application menu on any platform.
      expect(await app.evaluate(({ Menu }) => Menu.getApplicationMenu())).toBeNull();
      // Navigation away from the app is denied.
      await win.evaluate(() => {
        window.location.href = 'https://example.com/';
      });
      await win.waitForTimeout(500);
      expect(win.url()).toContain('index.html');
      // A malformed IPC message gets a typed refusal, not a crash.
      const refused = await win.evaluate(() => window.kiosk!.printChecklist({ nonsense: true } as never));
      expect(refused).toEqual({ ok: false, error: { type: 'invalid-request' } });
    } finally {
      await app.close();
    }
  });
});
