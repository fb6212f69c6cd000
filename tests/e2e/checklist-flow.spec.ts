import { expect, test } from '@playwright/test';
import { answerAll, button, expectScreen, label, open, tapState } from './kiosk';

/**
 * Questions whose answer cannot change the checklist are not asked (derived from content), and
 * the steps count only what is asked; the print sheet renders without a CSP complaint.
 */
test('medical records: no "where" and no "who" question; Step 1 of 2, then 2 of 2; the review lists only what was asked', async ({ page }) => {
  await open(page);
  await page.getByTestId('start-en').click();
  await expect(page.getByTestId('progress')).toHaveText(/Step 1 of 4/);
  await button(page, label.task('health-records')).click();
  await expectScreen(page, 'credential');
  await expect(page.getByTestId('progress')).toHaveText(/Step 2 of 2/);
  await button(page, label.credential('myauth')).click();
  await expectScreen(page, 'review');
  await expect(page.locator('[data-testid^="review-"]')).toHaveCount(2);
  await expect(page.getByTestId('review-region')).toHaveCount(0);
  await page.getByTestId('back').click();
  await expectScreen(page, 'credential');
  await page.getByTestId('back').click();
  await expectScreen(page, 'task');
});

test('pharmacy in Arkansas: no ZIP keypad and no "confirm your region" notice (East/West cannot change it); no sign-in question', async ({ page }) => {
  await open(page);
  await page.getByTestId('start-en').click();
  await button(page, label.task('pharmacy-refill')).click();
  await expectScreen(page, 'region');
  await tapState(page, 'AR');
  // Straight on to "who are you": the keypad is only for places where the border matters.
  await expectScreen(page, 'beneficiary');
  await expect(page.getByTestId('progress')).toHaveText(/Step 3 of 3/);
  await button(page, label.beneficiary('retiree')).click();
  await expectScreen(page, 'review');
  await page.getByTestId('confirm').click();
  await expectScreen(page, 'checklist');
  await expect(page.locator('.app .notice-confirm-region')).toHaveCount(0);
});

test('a referral in Arkansas still offers the ZIP keypad and the border notice', async ({ page }) => {
  await open(page);
  await page.getByTestId('start-en').click();
  await button(page, label.task('referral')).click();
  await tapState(page, 'AR');
  await expect(page.getByTestId('zip-skip')).toBeVisible();
});

test('the checklist screen and its print sheet log no Content-Security-Policy error about styles', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await open(page);
  await answerAll(page, { task: 'referral', region: 'CA', beneficiary: 'adfm', credential: 'myauth' });
  await page.getByTestId('confirm').click();
  await expectScreen(page, 'checklist');
  await expect(page.getByTestId('print-sheet')).toBeAttached();
  await page.waitForTimeout(300);
  expect(errors.filter((e) => /style|Content Security Policy/i.test(e) && !/unsafe-eval|eval/i.test(e))).toEqual([]);
});
