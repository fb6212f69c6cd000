import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import type { Lang } from '../../src/shared/i18n';
import { baseLetter } from '../../src/renderer/src/lib/letters';
import { expect, expectScreen, label, open, ROOT, screen, test } from './kiosk';
import { measureLayout } from './layout-measure';

/**
 * Nothing hidden, nothing overlapping, at every text size, in both orientations and both
 * languages (3 × 2 × 2 = 12 layouts), on every screen: the welcome screen, each question and
 * its sub-views (the state list for the letters M and N, which hold the most states; overseas;
 * territories; the ZIP pad; the destination), review, checklist, printing, printed, failed,
 * the Start-over question, the idle warning and out of service.
 *
 * On each screen: no two controls overlap and nothing covers one; no control is cut off by
 * the screen edge or sits under the bottom bar; and a control hidden in a scrolling list is
 * brought into view by that list's visible "more" control (tapped here until the list ends).
 * Each layout writes artifacts/layout/<layout>.json and screenshots in
 * artifacts/screenshots/<LAYOUT_SHOTS or "layout">/<layout>/.
 */

const SIZES = [0, 1, 2] as const;
const ORIENTATIONS = {
  portrait: { width: 1080, height: 1920 },
  landscape: { width: 1920, height: 1080 },
} as const;
const LANGS: Lang[] = ['en', 'es'];
const SHOT_SET = process.env.LAYOUT_SHOTS ?? 'layout';

interface ScreenResult {
  screen: string;
  problems: string[];
  /** Controls that were only reachable through a "more" control. */
  behindMore: number;
}

async function tap(page: Page, testId: string): Promise<void> {
  await page.getByTestId(testId).click();
}

/** Measures one screen, taps its "more" controls until each list has shown everything, then scrolls back. */
async function check(page: Page, name: string, shotDir: string, results: ScreenResult[]): Promise<void> {
  // Measure what a finger meets once the ghost-tap guard of a new view is over.
  await expect(page.locator('.tap-guard')).toHaveCount(0);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.screenshot({ path: resolve(shotDir, `${name}.png`) });
  const problems = new Set<string>();
  let rep = await measureLayout(page);
  rep.faults.forEach((f) => problems.add(f));
  const seen = new Set(rep.visible);
  const everHidden = new Set(rep.hidden.map((h) => h.key));
  for (let round = 0; round < 15; round++) {
    rep.hidden.filter((h) => h.dir === 'up').forEach((h) => {
      if (!rep.more.some((m) => m.list === h.list && m.dir === 'up')) problems.add(`${h.key}: hidden above, and no "more" control leads back to it`);
    });
    const lists = [...new Set(rep.hidden.filter((h) => h.dir === 'down').map((h) => h.list))];
    const controls = lists.map((l) => rep.more.find((m) => m.list === l && l !== '' && m.dir === 'down')).filter((m) => m !== undefined);
    if (controls.length === 0) break;
    for (const c of controls) await tap(page, c.key);
    await page.waitForTimeout(450);
    rep = await measureLayout(page);
    rep.faults.forEach((f) => problems.add(f));
    rep.visible.forEach((k) => seen.add(k));
    rep.hidden.forEach((h) => everHidden.add(h.key));
  }
  for (const key of everHidden) if (!seen.has(key)) problems.add(`${key}: hidden, and no visible "more" control brings it into view`);
  // Back to the top, so the next step finds the screen as a visitor left it.
  for (let round = 0; round < 15; round++) {
    const up = rep.more.find((m) => m.dir === 'up');
    if (!up) break;
    await tap(page, up.key);
    await page.waitForTimeout(450);
    rep = await measureLayout(page);
  }
  results.push({ screen: name, problems: [...problems], behindMore: [...everHidden].length });
}

async function startOverDialog(page: Page, lang: Lang, setSize: () => Promise<void>, shotDir: string, results: ScreenResult[]): Promise<void> {
  await tap(page, 'start-over');
  const dialog = page.getByRole('alertdialog');
  const asked = await dialog.waitFor({ state: 'visible', timeout: 2_000 }).then(
    () => true,
    () => false,
  );
  if (!asked) {
    results.push({ screen: 'start-over-dialog', problems: ['Start over did not ask first (no dialog)'], behindMore: 0 });
    if ((await screen(page)) === 'attract') {
      // It wiped the text size too: set it again to go on measuring this layout.
      await setSize();
      await tap(page, `start-${lang}`);
      await expectScreen(page, 'task');
    }
    return;
  }
  await page.waitForTimeout(500);
  await check(page, 'start-over-dialog', shotDir, results);
  await tap(page, 'keep-answers');
  await expect(dialog).toBeHidden();
}

async function walk(page: Page, lang: Lang, size: number, shotDir: string): Promise<ScreenResult[]> {
  const results: ScreenResult[] = [];
  const setSize = async () => {
    if (size > 0) await tap(page, `text-size-${size}`);
  };
  // The first print attempt fails (the failure screen), the retry is slow enough to see "printing".
  await open(page, { printDelay: 2500, printError: 'timeout', printErrorCount: 1 });
  await setSize();
  await check(page, 'attract', shotDir, results);

  await tap(page, `start-${lang}`);
  await expectScreen(page, 'task');
  await check(page, 'task', shotDir, results);
  await startOverDialog(page, lang, setSize, shotDir, results);
  await tap(page, 'choice-move');

  await expectScreen(page, 'region');
  await check(page, 'region', shotDir, results);
  for (const letter of ['M', 'N']) {
    await tap(page, `letter-${letter}`);
    await check(page, `region-${letter}`, shotDir, results);
  }
  await tap(page, 'region-overseas');
  await check(page, 'region-overseas', shotDir, results);
  await tap(page, 'back');
  await tap(page, 'region-territory');
  await check(page, 'region-territory', shotDir, results);
  await tap(page, 'back');
  await tap(page, `letter-${baseLetter(label.state('AR', lang))}`);
  await tap(page, 'state-AR');
  await check(page, 'zip', shotDir, results);
  for (const d of '72701') await tap(page, `key-${d}`);
  await tap(page, 'zip-continue');

  await expectScreen(page, 'destination');
  await tap(page, `letter-${baseLetter(label.state('TX', lang))}`);
  await check(page, 'destination', shotDir, results);
  await tap(page, 'state-TX');

  await expectScreen(page, 'beneficiary');
  await check(page, 'beneficiary', shotDir, results);
  await tap(page, 'choice-adfm');
  await expectScreen(page, 'credential');
  await check(page, 'credential', shotDir, results);
  await tap(page, 'choice-myauth');

  await expectScreen(page, 'review');
  await check(page, 'review', shotDir, results);
  await tap(page, 'confirm');
  await expectScreen(page, 'checklist');
  await check(page, 'checklist', shotDir, results);

  await tap(page, 'print');
  await expectScreen(page, 'failed');
  await check(page, 'failed', shotDir, results);
  await tap(page, 'retry');
  await expectScreen(page, 'printing');
  await check(page, 'printing', shotDir, results);
  await expectScreen(page, 'printed');
  await check(page, 'printed', shotDir, results);
  await tap(page, 'finish');
  await expectScreen(page, 'attract');

  // The idle warning, on a kiosk told to warn after 2 s.
  await open(page, { idle: 2, warning: 30 });
  await setSize();
  await tap(page, `start-${lang}`);
  await expect(page.getByRole('alertdialog')).toBeVisible({ timeout: 8_000 });
  await page.waitForTimeout(500);
  await check(page, 'idle-warning', shotDir, results);

  // Out of service: a broken content file.
  await page.route('**/data/regions.json', (route) => route.fulfill({ contentType: 'application/json', body: '{"regions": [], "states": "none"}' }));
  await page.goto('index.html?content=files');
  await expect(page.locator('[data-screen="out-of-service"]')).toBeVisible();
  await check(page, 'out-of-service', shotDir, results);
  await page.unroute('**/data/regions.json');
  return results;
}

for (const [orientation, viewport] of Object.entries(ORIENTATIONS)) {
  for (const size of SIZES) {
    for (const lang of LANGS) {
      const name = `${lang}-size${size}-${orientation}`;
      test(`layout: nothing hidden or overlapping, ${name}`, async ({ page }) => {
        test.setTimeout(180_000);
        await page.setViewportSize(viewport);
        // No fades or smooth scrolling: each measurement sees the screen at rest.
        await page.emulateMedia({ reducedMotion: 'reduce' });
        const shotDir = resolve(ROOT, 'artifacts/screenshots', SHOT_SET, name);
        mkdirSync(shotDir, { recursive: true });
        const results = await walk(page, lang, size, shotDir);
        mkdirSync(resolve(ROOT, 'artifacts/layout'), { recursive: true });
        writeFileSync(resolve(ROOT, `artifacts/layout/${SHOT_SET}-${name}.json`), JSON.stringify(results, null, 2));
        const total = results.reduce((n, r) => n + r.problems.length, 0);
        console.log(`[layout ${name}] ${results.length} screens, ${total} problems${results.filter((r) => r.problems.length).map((r) => `; ${r.screen}: ${r.problems.length}`).join('')}`);
        for (const r of results) expect.soft(r.problems, `${r.screen} (${name})`).toEqual([]);
      });
    }
  }
}
