import { expect, label, readData, test } from './kiosk';
import { FALLBACK_HELP_LINES } from '../../src/renderer/src/lib/fallback-help';

/**
 * Broken content never gives a blank screen, and never shows the public raw error text: the
 * visitor reads a plain message in both languages and the main TRICARE help lines (built in,
 * since content cannot be trusted then); the details go to the staff log (main).
 */

async function expectPlainOutOfService(page: import('@playwright/test').Page, raw: string[]): Promise<void> {
  const screen = page.locator('[data-screen="out-of-service"]');
  await expect(screen).toBeVisible();
  await expect(screen.getByRole('heading', { level: 1 })).toHaveText('This kiosk is not working right now');
  await expect(screen).toContainText('Este quiosco no funciona en este momento');
  await expect(screen).toContainText('Please ask the front desk for help.');
  for (const h of FALLBACK_HELP_LINES) await expect(screen).toContainText(h.phone);
  const text = (await screen.textContent()) ?? '';
  for (const r of raw) expect(text, 'raw error text on the public screen').not.toContain(r);
  expect(text).not.toMatch(/›|Invalid input|expected|\.json/);
  await expect(page).toHaveTitle(/Out of service/);
}

test('a state with a missing Spanish name: a plain out-of-service page, no file names or fields', async ({ page }) => {
  const regions = readData<{ states: { code: string; name: { en: string; es?: string } }[] }>('regions.json');
  const broken = structuredClone(regions);
  const state = broken.states[0]!;
  delete state.name.es;
  await page.route('**/data/regions.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(broken) }));
  await page.goto('index.html?content=files');
  await expectPlainOutOfService(page, ['regions.json', `${state.code} › name.es`, 'name.es']);
  // Nothing of the kiosk's own screens is left to tap.
  await expect(page.getByRole('button')).toHaveCount(0);
  expect(label.ui('app.name')).toBeTruthy();
});

test.describe('unreadable files', () => {
  // The missing file is a 404 on purpose: the console guard expects exactly that one.
  test.use({ consoleAllow: /portals\.json|status of 404/ });
  test('a file that is not JSON at all, and one that is missing', async ({ page }) => {
    await page.route('**/data/tasks.json', (route) => route.fulfill({ contentType: 'application/json', body: '[{"id": "referral",' }));
    await page.route('**/data/portals.json', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.goto('index.html?content=files');
    await expectPlainOutOfService(page, ['tasks.json', 'is not valid JSON', 'portals.json', 'HTTP 404']);
  });
});

test.describe('the build-time checked content', () => {
  test('the page loads the one checked file, not the eleven raw ones (nothing is validated in the browser)', async ({ page }) => {
    const asked: string[] = [];
    page.on('request', (r) => {
      const m = /\/data\/([^?]+)/.exec(r.url());
      if (m) asked.push(m[1]!);
    });
    await page.goto('index.html');
    await expect(page.locator('.app[data-screen="attract"]')).toBeVisible();
    expect(asked).toEqual(['content.checked.json']);
  });

  test('a truncated checked file: the plain out-of-service page', async ({ page }) => {
    await page.route('**/data/content.checked.json', (route) => route.fulfill({ contentType: 'application/json', body: '{"checked": 1, "content": {"tasks": [' }));
    await page.goto('index.html');
    await expectPlainOutOfService(page, ['content.checked.json']);
  });
});
