import { expect, test } from '@playwright/test';
import { readData } from './kiosk';

/** Broken content never gives a blank screen: staff see which file, item and field is wrong. */

test('a state with a missing Spanish name: the out-of-service screen names the file, item and field', async ({ page }) => {
  const regions = readData<{ states: { code: string; name: { en: string; es?: string } }[] }>('regions.json');
  const broken = structuredClone(regions);
  const state = broken.states[0]!;
  delete state.name.es;
  await page.route('**/data/regions.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(broken) }));
  await page.goto('index.html');
  const screen = page.locator('[data-screen="out-of-service"]');
  await expect(screen).toBeVisible();
  await expect(screen.getByRole('heading', { level: 1 })).toHaveText(/Out of service/);
  await expect(screen).toContainText(`regions.json › ${state.code} › name.es`);
});

test('a file that is not JSON at all, and one that is missing', async ({ page }) => {
  await page.route('**/data/tasks.json', (route) => route.fulfill({ contentType: 'application/json', body: '[{"id": "referral",' }));
  await page.route('**/data/portals.json', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto('index.html');
  const screen = page.locator('[data-screen="out-of-service"]');
  await expect(screen).toBeVisible();
  await expect(screen).toContainText('tasks.json › (file): is not valid JSON');
  await expect(screen).toContainText('portals.json › (file): could not be read (HTTP 404)');
});
