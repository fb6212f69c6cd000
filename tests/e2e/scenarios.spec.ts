import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { answerAll, button, data, expect, expectScreen, label, open, portalNames, ROOT, snapshot, tapState, test } from './kiosk';

/**
 * The seed scenarios, tapped through by the labels a visitor sees (read from data/, never
 * hard-coded), to the portal the result screen must name.
 */

const A = { task: 'referral', region: 'CA', beneficiary: 'adfm', credential: 'myauth' };
const B = { task: 'move', region: 'VA', destination: 'TX', beneficiary: 'adfm', credential: 'myauth' };
const C = { task: 'pharmacy-refill', region: 'CA', beneficiary: 'adfm', credential: 'myauth' };

test('A: a referral in California, active duty family member with myAuth → TriWest', async ({ page }) => {
  await open(page);
  await answerAll(page, A);
  await button(page, label.ui('review.confirm')).click();
  await expectScreen(page, 'checklist');
  const names = await portalNames(page);
  expect(names[0]).toBe(label.portal('triwest'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(label.ui('result.title'));
});

test('B: moving from Virginia to Texas → milConnect first, then the BWE transfer', async ({ page }) => {
  await open(page);
  await answerAll(page, B);
  // The destination is part of step 2 of 4, and the review names both places.
  await expect(page.getByTestId('review-destination')).toContainText(label.state('TX'));
  await button(page, label.ui('review.confirm')).click();
  await expectScreen(page, 'checklist');
  const names = await portalNames(page);
  const milConnect = names.indexOf(label.portal('milconnect'));
  const bwe = names.indexOf(label.portal('bwe'));
  expect(milConnect, names.join(', ')).toBeGreaterThanOrEqual(0);
  expect(bwe, names.join(', ')).toBeGreaterThan(milConnect);
});

test('C: a prescription refill → Express Scripts', async ({ page }) => {
  await open(page);
  await answerAll(page, C);
  await button(page, label.ui('review.confirm')).click();
  await expectScreen(page, 'checklist');
  expect(await portalNames(page)).toContain(label.portal('express-scripts'));
});

test('the destination question counts as step 2 of 4', async ({ page }) => {
  await open(page);
  await page.getByTestId('start-en').click();
  await expect(page.getByTestId('progress')).toHaveText(/Step 1 of 4/);
  await button(page, label.task('move')).click();
  await expect(page.getByTestId('progress')).toHaveText(/Step 2 of 4/);
  await tapState(page, 'VA');
  await expectScreen(page, 'destination');
  await expect(page.getByTestId('progress')).toHaveText(/Step 2 of 4/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(label.ui('region.titleDestination'));
});

test('Change from review: California → Virginia turns TriWest into Humana Military', async ({ page }) => {
  await open(page);
  await answerAll(page, A);
  await page.getByTestId('edit-region').click();
  await expectScreen(page, 'region');
  await tapState(page, 'VA');
  // Editing one answer comes straight back to review.
  await expectScreen(page, 'review');
  await expect(page.getByTestId('review-region')).toContainText(label.state('VA'));
  await page.getByTestId('confirm').click();
  const names = await portalNames(page);
  expect(names[0]).toBe(label.portal('humana'));
  expect(names).not.toContain(label.portal('triwest'));
  expect((await snapshot(page)).context.answers.region).toEqual({ kind: 'state', code: 'VA' });
});

test('Back keeps the earlier answer marked; Start over (confirmed) clears the answers, not the language', async ({ page }) => {
  await open(page);
  await page.getByTestId('start-es').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await button(page, label.task('referral', 'es')).click();
  await page.getByTestId('back').click();
  await expectScreen(page, 'task');
  await expect(page.getByTestId('choice-referral')).toHaveAttribute('aria-current', 'true');
  await page.getByTestId('start-over').click();
  await page.getByTestId('confirm-start-over').click();
  await expectScreen(page, 'attract');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  expect((await snapshot(page)).context.answers).toEqual({});
});

test('"Not sure" on every question still leads to a checklist', async ({ page }) => {
  await open(page);
  await page.getByTestId('start-en').click();
  await page.getByTestId('choice-not-sure').click();
  await page.getByTestId('region-unsure').click();
  await page.getByTestId('choice-not-sure').click();
  await page.getByTestId('choice-not-sure').click();
  await expectScreen(page, 'review');
  await page.getByTestId('confirm').click();
  await expectScreen(page, 'checklist');
  expect((await portalNames(page)).length).toBeGreaterThan(0);
  await expect(page.locator('.app .help-line').first()).toBeVisible();
});

test('the printed checklist (browser print to PDF) names the portal and its help line', async ({ page }) => {
  await open(page);
  await answerAll(page, A);
  await page.getByTestId('confirm').click();
  await expectScreen(page, 'checklist');
  const pdf = resolve(ROOT, 'artifacts/checklist-A.pdf');
  writeFileSync(pdf, await page.pdf({ format: 'Letter' }));
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  const triwest = data.portals().find((p) => p.id === 'triwest')!;
  expect(text).toContain(triwest.name.en);
  expect(text.replace(/\s+/g, ' ')).toContain(new URL(triwest.url).host);
  const phone = data.helpLines().find((h) => h.id === triwest.helpLines[0])!.phone;
  expect(text).toContain(phone);
  // Only the checklist is printed, not the kiosk's buttons; and it is laid out like the
  // shared checklist document (which fits every seed scenario on one page).
  expect(text).not.toContain(label.ui('result.print'));
  expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/^Pages:\s+1$/m);
});
