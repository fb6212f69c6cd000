import { expect, test, type Page } from '@playwright/test';
import { answerAll, axe, button, expectScreen, label, open, shoot } from './kiosk';
import { TEST_PIN, enterStaff, holdCorner, openTab, staffTargets, typePin } from './staff-kit';

/**
 * Every staff screen in both orientations, saved in artifacts/screenshots/staff-*.png to be
 * looked at; on each, axe finds nothing and every control in view is a real touch target.
 */
const ORIENTATIONS = [
  { name: 'landscape', width: 1920, height: 1080 },
  { name: 'portrait', width: 1080, height: 1920 },
] as const;

async function check(page: Page, name: string, scope: string): Promise<void> {
  await page.waitForTimeout(250); // let the last state paint
  await shoot(page, name);
  expect(await axe(page), name).toEqual([]);
  const t = await staffTargets(page, scope);
  expect(t.count, name).toBeGreaterThan(0);
  expect(t.tooSmall, name).toEqual([]);
  expect(t.tooClose, name).toEqual([]);
}

for (const o of ORIENTATIONS) {
  test.describe(o.name, () => {
    test.use({ viewport: { width: o.width, height: o.height } });

    test(`PIN pad, no-PIN note`, async ({ page }) => {
      await open(page, { staffPin: TEST_PIN });
      await holdCorner(page);
      await typePin(page, '1357');
      await check(page, `staff-pin-${o.name}`, '.staff-overlay');
      await typePin(page, '99');
      await page.getByTestId('pin-enter').click();
      await expect(page.getByTestId('pin-message')).toContainText('Wrong PIN');
      await check(page, `staff-pin-wrong-${o.name}`, '.staff-overlay');
      await open(page);
      await holdCorner(page);
      await check(page, `staff-no-pin-${o.name}`, '.staff-overlay');
    });

    test(`staff panel tabs`, async ({ page }) => {
      await open(page, { staffPin: TEST_PIN, printers: 'KioskPDF,FrontDesk' });
      await answerAll(page, { task: 'move', region: 'VA', destination: 'TX', beneficiary: 'adfm', credential: 'myauth' });
      await button(page, label.ui('review.confirm')).click();
      await page.getByTestId('start-over').click();
      await page.getByTestId('confirm-start-over').click(); // Start over asks first
      await expectScreen(page, 'attract');
      await enterStaff(page);
      await page.getByTestId('print-test-page').click();
      await expect(page.getByTestId('test-page-result')).toContainText('Printed on KioskPDF');
      await check(page, `staff-printer-${o.name}`, '.staff-panel');
      await openTab(page, 'kiosk');
      await check(page, `staff-kiosk-${o.name}`, '.staff-panel');
      await page.getByTestId('edit-kioskLocation').click();
      await check(page, `staff-keyboard-${o.name}`, '[data-testid="text-keyboard"]');
      await page.getByTestId('kb-cancel').click();
      await openTab(page, 'usage');
      await check(page, `staff-usage-${o.name}`, '.staff-panel');
      await page.getByTestId('export-csv').click();
      await check(page, `staff-export-${o.name}`, '.staff-panel');
      await openTab(page, 'content');
      await check(page, `staff-content-${o.name}`, '.staff-panel');
      await openTab(page, 'log');
      await check(page, `staff-log-${o.name}`, '.staff-panel');
      await openTab(page, 'app');
      await page.getByTestId('quit-app').click();
      await check(page, `staff-exit-${o.name}`, '.staff-panel');
    });

    test(`staff-assisted screen: empty, answered, printed, and in Spanish`, async ({ page }) => {
      await open(page, { staffPin: TEST_PIN });
      await enterStaff(page);
      await page.getByTestId('staff-start-assisted').click();
      await expectScreen(page, 'assisted');
      await check(page, `staff-assisted-empty-${o.name}`, '.app');
      await page.getByTestId('assisted-task-referral').click();
      await page.getByTestId('region-letter-C').click();
      await page.getByTestId('region-state-CA').click();
      await page.getByTestId('assisted-beneficiary-adfm').click();
      await page.getByTestId('assisted-credential-myauth').click();
      await check(page, `staff-assisted-${o.name}`, '.app');
      await page.getByTestId('assisted-open-region').click();
      await check(page, `staff-assisted-region-${o.name}`, '.app');
      await page.getByTestId('assisted-print').click();
      await expect(page.getByTestId('assisted-printed')).toBeVisible();
      await check(page, `staff-assisted-printed-${o.name}`, '.app');
      await page.getByTestId('assisted-back').click();
      await page.getByTestId('lang-es').click();
      await check(page, `staff-assisted-es-${o.name}`, '.app');
    });

    test(`staff panel over the out-of-service screen`, async ({ page }) => {
      await page.route('**/data/tasks.json', (route) => route.fulfill({ contentType: 'application/json', body: '[{"id": "referral",' }));
      await page.goto(`index.html?test=1&content=files&staffPin=${TEST_PIN}`);
      await expect(page.locator('[data-screen="out-of-service"]')).toBeVisible();
      await enterStaff(page);
      await openTab(page, 'content');
      await check(page, `staff-out-of-service-${o.name}`, '.staff-panel');
    });
  });
}
