import { test } from '@playwright/test';
import { answerAll, expectScreen, open, shoot, shootFull } from './kiosk';

// Scratch: screenshots of the checklist's first screen (portrait, standard text).
const cases = [
  ['A-referral', { task: 'referral', region: 'CA', beneficiary: 'adfm', credential: 'myauth' }],
  ['B-move', { task: 'move', region: 'VA', destination: 'TX', beneficiary: 'adfm', credential: 'myauth' }],
  ['C-pharmacy', { task: 'pharmacy-refill', region: 'VA', beneficiary: 'retiree', credential: 'ds-logon' }],
] as const;
for (const [name, walk] of cases) {
  test(`shot ${name}`, async ({ page }) => {
    await page.setViewportSize({ width: 1080, height: 1920 });
    await open(page);
    await answerAll(page, walk);
    await page.getByTestId('confirm').click();
    await expectScreen(page, 'checklist');
    await shoot(page, `checklist-first--${name}-portrait`);
    await shootFull(page, `checklist-full--${name}-portrait`);
  });
}
