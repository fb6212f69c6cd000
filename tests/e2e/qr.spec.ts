import type { Locator } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { answerAll, data, expect, expectScreen, open, test } from './kiosk';

/** The QR codes on screen are read back from a screenshot, as a phone camera would. */
async function decode(el: Locator): Promise<string | null> {
  const png = PNG.sync.read(await el.screenshot());
  const code = jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.byteLength), png.width, png.height);
  return code?.data ?? null;
}

test('each portal QR code opens exactly that portal address; the whole-checklist code holds the checklist', async ({ page }) => {
  await open(page);
  await answerAll(page, { task: 'move', region: 'VA', destination: 'TX', beneficiary: 'adfm', credential: 'myauth' });
  await page.getByTestId('confirm').click();
  await expectScreen(page, 'checklist');
  const portals = page.locator('.app .portal');
  const count = await portals.count();
  expect(count).toBeGreaterThan(1);
  for (let i = 0; i < count; i++) {
    const portal = portals.nth(i);
    const id = (await portal.getAttribute('data-testid'))!.replace(/^portal-/, '');
    const expected = data.portals().find((p) => p.id === id)?.url;
    const qr = portal.getByTestId(`qr-${id}`);
    await qr.scrollIntoViewIfNeeded();
    expect(await decode(qr), `QR of ${id}`).toBe(expected);
  }
  const whole = page.getByTestId('qr-checklist');
  await whole.scrollIntoViewIfNeeded();
  const text = await decode(whole);
  expect(text).not.toBeNull();
  for (let i = 0; i < count; i++) {
    const id = (await portals.nth(i).getAttribute('data-testid'))!.replace(/^portal-/, '');
    expect(text).toContain(data.portals().find((p) => p.id === id)!.url);
  }
});

test('the print-failure screen offers the checklist QR instead', async ({ page }) => {
  await open(page, { printError: 'timeout' });
  await answerAll(page, { task: 'referral', region: 'CA', beneficiary: 'adfm', credential: 'myauth' });
  await page.getByTestId('confirm').click();
  await page.getByTestId('print').click();
  await expectScreen(page, 'failed');
  const text = await decode(page.getByTestId('qr-checklist'));
  expect(text).toContain(data.portals().find((p) => p.id === 'triwest')!.url);
});
