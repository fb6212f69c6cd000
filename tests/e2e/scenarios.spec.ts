import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { RegionAnswer } from '../../src/shared/answers';
import { CONTENT_FILES, parseContent } from '../../src/shared/content/load';
import { buildPlan } from '../../src/shared/plan';
import { scenario } from '../integration/fixtures/scenarios';
import { answerAll, button, data, expect, expectScreen, label, open, portalNames, readData, ROOT, snapshot, tapState, test, type Walk } from './kiosk';

/**
 * The seed scenarios, tapped through by the labels a visitor sees (read from data/, never
 * hard-coded), to the portal the result screen must name.
 */

/** A seed scenario from the shared fixture (the golden plan and printout use the same one) as taps. */
function walk(id: 'A' | 'B' | 'C'): Walk {
  const a = scenario(id);
  const code = (r: RegionAnswer | undefined) => (r?.kind === 'state' ? r.code : undefined);
  if (!code(a.region) || (a.destination && !code(a.destination))) throw new Error(`scenario ${id}: the walk taps states only`);
  return { task: a.task, region: code(a.region)!, ...(a.destination ? { destination: code(a.destination)! } : {}), beneficiary: a.beneficiary, credential: a.credential };
}
/** The portal names buildPlan gives for a scenario over data/: the screen must show exactly these. */
function planPortals(id: 'A' | 'B' | 'C'): string[] {
  const content = parseContent(Object.fromEntries(CONTENT_FILES.map((f) => [f, readData(f)])));
  if (!content.ok) throw new Error('data/ does not validate');
  return buildPlan(scenario(id), content.value).portals.map((p) => p.name.en);
}
const A = walk('A');
const B = walk('B');
const C = walk('C');

test('A: a referral in California, active duty family member with myAuth → TriWest', async ({ page }) => {
  await open(page);
  await answerAll(page, A);
  await button(page, label.ui('review.confirm')).click();
  await expectScreen(page, 'checklist');
  const names = await portalNames(page);
  expect(names).toEqual(planPortals('A'));
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
  expect(names).toEqual(planPortals('B'));
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
  const names = await portalNames(page);
  expect(names).toEqual(planPortals('C'));
  expect(names).toContain(label.portal('express-scripts'));
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
