import { expect, test } from '@playwright/test';
import { answerAll, expectScreen, label, open, shoot, shootFull, type Walk } from './kiosk';

/**
 * The checklist leads with the answer (issue 9): "Start here" (go to, sign in, then, help)
 * comes first, and in portrait at standard text the first screen holds it whole, above the
 * footer, without scrolling. Measured for the three seed scenarios and other tasks.
 */
const cases: [string, Walk][] = [
  ['A-referral', { task: 'referral', region: 'CA', beneficiary: 'adfm', credential: 'myauth' }],
  ['B-move', { task: 'move', region: 'VA', destination: 'TX', beneficiary: 'adfm', credential: 'myauth' }],
  ['C-pharmacy', { task: 'pharmacy-refill', region: 'VA', beneficiary: 'retiree', credential: 'ds-logon' }],
  ['add-family', { task: 'add-family', region: 'VA', beneficiary: 'adsm', credential: 'ds-logon' }],
  ['dental-es', { task: 'dental', region: 'AR', beneficiary: 'adfm', credential: 'none', lang: 'es' }],
];

for (const [name, walk] of cases) {
  test(`${name}: the first portrait screen holds the whole answer, before anything else`, async ({ page }) => {
    await page.setViewportSize({ width: 1080, height: 1920 });
    await open(page);
    await answerAll(page, walk);
    await page.getByTestId('confirm').click();
    await expectScreen(page, 'checklist');
    const lead = page.getByTestId('plan-lead');
    await expect(lead).toBeVisible();
    const box = await lead.boundingBox();
    const visibleBottom = await page.evaluate(() => {
      const main = document.querySelector('.app main')!.getBoundingClientRect();
      const footer = document.querySelector('.app footer')?.getBoundingClientRect();
      return Math.min(main.bottom, footer?.top ?? Infinity, window.innerHeight);
    });
    expect(await page.evaluate(() => document.querySelector('.app main')!.scrollTop)).toBe(0);
    expect(box!.y + box!.height, `lead ends at ${Math.round(box!.y + box!.height)} px, screen shows to ${Math.round(visibleBottom)} px`).toBeLessThanOrEqual(visibleBottom);
    // It is the first section: nothing but the heading and the "For:" line comes before it.
    const before = await page.evaluate(() => {
      const plan = document.querySelector('.plan')!;
      return [...plan.children].slice(0, [...plan.children].indexOf(document.querySelector('.plan-lead')!)).map((e) => e.className);
    });
    expect(before).toEqual(['plan-for']);
    await expect(page.getByTestId('lead-go')).toContainText(label.ui('result.leadGo', walk.lang ?? 'en'));
    await shoot(page, `checklist-first--${name}-portrait`);
    if (name.length < 12) await shootFull(page, `checklist-full--${name}-portrait`);
  });
}
