import { expect, type Page } from '@playwright/test';

/** Helpers for the staff-mode browser tests (the web build's fake staff API, ?staffPin=…). */

export const TEST_PIN = '246810';

/** Presses and holds the hidden top-left corner for `ms` (3 s opens staff mode). */
export async function holdCorner(page: Page, ms = 3_300): Promise<void> {
  const box = await page.getByTestId('staff-corner').boundingBox();
  if (!box) throw new Error('no staff corner');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.waitForTimeout(ms);
  await page.mouse.up();
}

export async function typePin(page: Page, pin: string): Promise<void> {
  for (const d of pin) await page.getByTestId(`pin-key-${d}`).click();
}

/** Hold the corner, type the PIN, and wait for the staff panel. */
export async function enterStaff(page: Page, pin = TEST_PIN): Promise<void> {
  await holdCorner(page);
  await expect(page.getByTestId('pin-pad')).toBeVisible();
  await typePin(page, pin);
  await page.getByTestId('pin-enter').click();
  await expect(page.getByTestId('staff-panel')).toBeVisible();
  await expect(page.getByText('Loading…')).toHaveCount(0);
}

export async function openTab(page: Page, tab: 'printer' | 'kiosk' | 'usage' | 'content' | 'log' | 'app'): Promise<void> {
  await page.getByTestId(`staff-tab-${tab}`).click();
  await expect(page.getByTestId(`staff-body-${tab}`)).toBeVisible();
}
