import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import type { Lang } from '../../src/shared/i18n';
import { baseLetter } from '../../src/renderer/src/lib/letters';
import { axe, expect, expectScreen, label, measureTargets, open, overflow, ROOT, shoot, shootFull, smallestText, test, type TargetReport } from './kiosk';

/**
 * Every screen, in both orientations, in English, in Spanish, and with the largest text plus
 * high contrast: axe reports no violations, every tap target is at least 48x48 px and 8 px
 * from the next, the question screens fit without scrolling (at the standard text size), and
 * a screenshot of each lands in artifacts/screenshots/ for a person to look at.
 */

interface Variant {
  name: string;
  lang: Lang;
  large: boolean;
  viewport: { width: number; height: number };
}

const LANDSCAPE = { width: 1920, height: 1080 };
const PORTRAIT = { width: 1080, height: 1920 };
const VARIANTS: Variant[] = [
  { name: 'en-landscape', lang: 'en', large: false, viewport: LANDSCAPE },
  { name: 'es-landscape', lang: 'es', large: false, viewport: LANDSCAPE },
  { name: 'large-contrast-landscape', lang: 'en', large: true, viewport: LANDSCAPE },
  { name: 'en-portrait', lang: 'en', large: false, viewport: PORTRAIT },
  { name: 'es-portrait', lang: 'es', large: false, viewport: PORTRAIT },
  { name: 'large-contrast-portrait', lang: 'en', large: true, viewport: PORTRAIT },
];

/** Screens that must fit on the glass without scrolling (the result screen may scroll). */
const NO_SCROLL = new Set([
  'attract',
  'task',
  'region',
  'region-letter',
  'region-overseas',
  'region-territory',
  'zip',
  'destination',
  'beneficiary',
  'credential',
  'review',
  'printing',
  'printed',
  'idle-warning',
  'out-of-service',
]);

interface ScreenResult {
  screen: string;
  violations: Awaited<ReturnType<typeof axe>>;
  targets: TargetReport;
  overflow: number;
  smallestText: { px: number; text: string } | null;
}

async function setPrefs(page: Page, v: Variant): Promise<void> {
  if (!v.large) return;
  await page.getByTestId('text-size-2').click();
  await page.getByTestId('contrast').click();
}

async function tour(page: Page, v: Variant, visit: (screen: string) => Promise<void>): Promise<void> {
  // First print attempt fails (to show the failure screen), the retry succeeds slowly enough to see "printing".
  await open(page, { printDelay: 1500, printError: 'timeout', printErrorCount: 1 });
  await setPrefs(page, v);
  await visit('attract');

  await page.getByTestId(`start-${v.lang}`).click();
  await expectScreen(page, 'task');
  await visit('task');
  await page.getByTestId('choice-move').click();

  await expectScreen(page, 'region');
  await visit('region');
  await page.getByTestId('region-overseas').click();
  await visit('region-overseas');
  await page.getByTestId('back').click();
  await page.getByTestId('region-territory').click();
  await visit('region-territory');
  await page.getByTestId('back').click();
  // Arkansas: a state whose border ZIP codes are partly in the other region, so the keypad shows.
  await page.getByTestId(`letter-${baseLetter(label.state('AR', v.lang))}`).click();
  await visit('region-letter');
  await page.getByTestId('state-AR').click();
  for (const d of '72701') await page.getByTestId(`key-${d}`).click();
  await expect(page.getByTestId('zip-continue')).toBeEnabled();
  await visit('zip');
  await page.getByTestId('zip-continue').click();

  await expectScreen(page, 'destination');
  await page.getByTestId(`letter-${baseLetter(label.state('TX', v.lang))}`).click();
  await visit('destination');
  await page.getByTestId('state-TX').click();

  await expectScreen(page, 'beneficiary');
  await visit('beneficiary');
  await page.getByTestId('choice-adfm').click();
  await expectScreen(page, 'credential');
  await visit('credential');
  await page.getByTestId('choice-myauth').click();

  await expectScreen(page, 'review');
  await visit('review');
  await page.getByTestId('confirm').click();
  await expectScreen(page, 'checklist');
  await visit('checklist');

  await page.getByTestId('print').click();
  await expectScreen(page, 'failed');
  await visit('failed');
  await page.getByTestId('retry').click();
  await expectScreen(page, 'printing');
  await visit('printing');
  await expectScreen(page, 'printed');
  await visit('printed');
  await page.getByTestId('finish').click();
  await expectScreen(page, 'attract');

  // The idle warning, on a kiosk told to warn after 2 s.
  await open(page, { idle: 2, warning: 30 });
  await setPrefs(page, v);
  await page.getByTestId(`start-${v.lang}`).click();
  await expect(page.getByRole('alertdialog')).toBeVisible({ timeout: 8_000 });
  await visit('idle-warning');

  // Out of service: a broken content file.
  await page.route('**/data/regions.json', (route) => route.fulfill({ contentType: 'application/json', body: '{"regions": [], "states": "none"}' }));
  await page.goto('index.html?content=files');
  await expect(page.locator('[data-screen="out-of-service"]')).toBeVisible();
  await visit('out-of-service');
  await page.unroute('**/data/regions.json');
}

for (const v of VARIANTS) {
  test(`every screen: ${v.name}`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize(v.viewport);
    const results: ScreenResult[] = [];
    await tour(page, v, async (screen) => {
      // Let transitions and fonts settle before measuring and shooting.
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const [violations, targets, over, text] = [await axe(page), await measureTargets(page), await overflow(page), await smallestText(page)];
      results.push({ screen, violations, targets, overflow: over, smallestText: text });
      await shoot(page, `${screen}--${v.name}`);
      if (screen === 'checklist') {
        // The result scrolls: one tall picture of all of it, for a person to read through.
        await shootFull(page, `${screen}-full--${v.name}`);
      }
    });
    writeFileSync(resolve(ROOT, `artifacts/screens-${v.name}.json`), JSON.stringify(results, null, 2));

    for (const r of results) {
      expect.soft(r.violations, `axe on ${r.screen} (${v.name})`).toEqual([]);
      expect.soft(r.targets.tooSmall, `targets under 48x48 on ${r.screen} (${v.name})`).toEqual([]);
      expect.soft(r.targets.tooClose, `targets closer than 8 px on ${r.screen} (${v.name})`).toEqual([]);
      // No text under 18 px at the standard size (body text is 24 px).
      if (r.smallestText) expect.soft(r.smallestText.px, `smallest text on ${r.screen} (${v.name}): "${r.smallestText.text}"`).toBeGreaterThanOrEqual(18);
      if (NO_SCROLL.has(r.screen) && !v.large) {
        expect.soft(r.overflow, `${r.screen} scrolls (${v.name})`).toBe(0);
      }
    }
    const smallest = results
      .filter((r) => r.targets.smallest)
      .map((r) => ({ screen: r.screen, ...r.targets.smallest! }))
      .sort((a, b) => Math.min(a.w, a.h) - Math.min(b.w, b.h) || a.w * a.h - b.w * b.h)[0];
    const text = results.filter((r) => r.smallestText).sort((a, b) => a.smallestText!.px - b.smallestText!.px)[0];
    console.log(
      `[${v.name}] ${results.length} screens; smallest target ${smallest?.w}x${smallest?.h} "${smallest?.name}" on ${smallest?.screen}; ` +
        `closest targets ${Math.min(...results.map((r) => r.targets.closest?.gap ?? Infinity))} px apart; ` +
        `smallest text ${text?.smallestText?.px} px "${text?.smallestText?.text}" on ${text?.screen}`,
    );
  });
}
