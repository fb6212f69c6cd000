import { answerAll, expect, expectScreen, label, open, test } from './kiosk';

/** Printing in the browser build: the printing screen, the done screen, and a friendly failure with Try again. */
const A = { task: 'referral', region: 'CA', beneficiary: 'adfm', credential: 'myauth' };

test('Print shows "printing", then "Done — take your checklist"; Finish starts over', async ({ page }) => {
  await open(page, { printDelay: 3000 }); // long enough to read the printing screen on a busy machine
  await answerAll(page, A);
  await page.getByTestId('confirm').click();
  await page.getByTestId('print').click();
  await expectScreen(page, 'printing');
  await expect(page.getByRole('status')).toContainText(label.ui('printing.title'));
  await expectScreen(page, 'printed');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(label.ui('printed.title'));
  await page.getByTestId('finish').click();
  await expectScreen(page, 'attract');
});

for (const [type, key] of [
  ['timeout', 'failed.timeout'],
  ['queue-disabled', 'failed.queueDisabled'],
  ['job-failed', 'failed.jobFailed'],
] as const) {
  test(`a print failure (${type}) says what happened and offers Try again`, async ({ page }) => {
    await open(page, { printError: type, printErrorCount: 1 });
    await answerAll(page, A);
    await page.getByTestId('confirm').click();
    await page.getByTestId('print').click();
    await expectScreen(page, 'failed');
    await expect(page.getByTestId('failed-reason')).toHaveText(label.ui(key));
    await expect(page.getByRole('alert')).toContainText(label.ui('failed.fallback'));
    await page.getByTestId('retry').click();
    await expectScreen(page, 'printed');
  });
}
