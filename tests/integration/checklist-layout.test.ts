import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContentDir } from '../../src/main/content-files';
import { checklistDocument, checklistQrText, fitStep, LAYOUT, measureContentHeightMm, PAPER, qrVersion, renderChecklistHtml, wholeQrWidthMm } from '../../src/shared/checklist';
import type { CompleteAnswers } from '../../src/shared/answers';
import type { Content } from '../../src/shared/content/load';
import { LANGS, type Lang } from '../../src/shared/i18n';
import { PAPER_SIZES, type PaperSize } from '../../src/shared/ipc';
import { buildPlan } from '../../src/shared/plan';
import { CHROMIUM_LAUNCH } from '../support/chromium';
import { createPlaywrightPdfRenderer, type PlaywrightPdfRenderer } from '../support/playwright-pdf';
import { pdfInfo, printingGate } from './cups';
import { SCENARIOS } from './fixtures/scenarios';

/**
 * The printed checklist's layout, measured in Chromium (no spooler needed):
 *   - every seed scenario, in both languages, is one Letter page and one A4 page (a receipt is
 *     one piece);
 *   - the body type grows to fill the sheet: the size chosen is the largest that fits, or one
 *     step (0.5 pt) under it where the layout model keeps a margin;
 *   - over a spread of other visitors' plans, the chosen size never overflows one sheet
 *     unless even the smallest size cannot hold the checklist.
 */
const chromiumPath = CHROMIUM_LAUNCH.executablePath ?? '';
// Same rule as the CUPS tests: under KIOSK_REQUIRE_CUPS=1 (.ci/run) or CI a missing browser fails.
const noBrowser = printingGate('checklist layout', existsSync(chromiumPath) ? undefined : `no Chromium at ${chromiumPath}`).skip;
const root = join(import.meta.dirname, '../..');
const outDir = join(root, '.tmp', 'checklists');
const printedAt = new Date('2026-11-25T15:00:00Z');
const sheets: PaperSize[] = ['letter', 'a4'];

describe.skipIf(noBrowser)('checklist layout', () => {
  let content: Content;
  let renderer: PlaywrightPdfRenderer;
  let browser: Browser;
  let page: Page;
  let cdp: CDPSession;
  const report: string[] = [];

  beforeAll(async () => {
    const loaded = loadContentDir(join(root, 'data'));
    if (!loaded.ok) throw new Error('data/ does not load');
    content = loaded.value;
    renderer = createPlaywrightPdfRenderer();
    browser = await chromium.launch(CHROMIUM_LAUNCH);
    const ctx = await browser.newContext({ javaScriptEnabled: false, offline: true });
    page = await ctx.newPage();
    cdp = await ctx.newCDPSession(page);
    mkdirSync(outDir, { recursive: true });
  });
  afterAll(async () => {
    await renderer?.close();
    await browser?.close();
    console.log(`checklist layout (PDFs in ${outDir}):\n${report.join('\n')}`);
  });

  /** Height of the document at the paper's printable width, in mm (as the renderers measure a receipt). */
  const measured = async (html: string, paper: PaperSize) => {
    await page.setContent(html);
    return (await measureContentHeightMm((m, p) => cdp.send(m as 'Page.getLayoutMetrics', p), paper))!;
  };
  const printable = (paper: PaperSize) => PAPER[paper].heightMm - 2 * PAPER[paper].marginMm;
  const html = (answers: CompleteAnswers, lang: Lang, paper: PaperSize, fit?: number) =>
    renderChecklistHtml(buildPlan(answers, content), { lang, paper, text: content.printText, printedAt, ...(fit !== undefined ? { fit } : {}) });
  const chosen = (answers: CompleteAnswers, lang: Lang, paper: PaperSize) => {
    const plan = buildPlan(answers, content);
    const doc = checklistDocument(plan, lang);
    // A version v code is 4v + 17 modules, plus the one-module margin on each side.
    const modules = qrVersion(checklistQrText(plan, lang, content.printText).text) * 4 + 19;
    return fitStep(doc, paper, content.printText, wholeQrWidthMm(modules, paper));
  };

  for (const scenario of SCENARIOS) {
    it(`${scenario.id}: the staff copy (notes box where the take-home code was) is one page too, in both languages, on Letter and A4`, async () => {
      for (const lang of LANGS) {
        for (const paper of ['letter', 'a4'] as const) {
          const staff = renderChecklistHtml(buildPlan(scenario.answers, content), { lang, paper, text: content.printText, printedAt, staffCopy: true });
          const file = join(outDir, `${scenario.id}-${lang}-${paper}-staff.pdf`);
          writeFileSync(file, await renderer.render(staff, paper));
          expect(pdfInfo(file).pages, `${scenario.id} ${lang} ${paper} staff copy`).toBe(1);
          expect(staff).toContain('class="staff-notes"');
        }
      }
    }, 180_000);
  }

  for (const scenario of SCENARIOS) {
    for (const lang of LANGS) {
      it(`${scenario.id} ${lang}: one page on every paper, at the largest type that fits`, async () => {
        for (const paper of PAPER_SIZES) {
          const file = join(outDir, `${scenario.id}-${lang}-${paper}.pdf`);
          writeFileSync(file, await renderer.render(html(scenario.answers, lang, paper), paper));
          const { pages } = pdfInfo(file);
          expect(pages, `${scenario.id} ${lang} ${paper}`).toBe(1);
          if (PAPER[paper].roll) {
            report.push(`  ${scenario.id} ${lang} ${paper.padEnd(9)} 1 page (${LAYOUT.receiptPt} pt)`);
            continue;
          }
          // The largest size that really fits (measured), and the one the model chose.
          const step = chosen(scenario.answers, lang, paper);
          let best = LAYOUT.fitPt.length - 1;
          for (let s = 0; s < LAYOUT.fitPt.length; s++) {
            if ((await measured(html(scenario.answers, lang, paper, s), paper)) <= printable(paper)) {
              best = s;
              break;
            }
          }
          report.push(`  ${scenario.id} ${lang} ${paper.padEnd(9)} 1 page, body ${LAYOUT.fitPt[step]} pt (largest that fits: ${LAYOUT.fitPt[best]} pt)`);
          expect(step, `${paper}: body ${LAYOUT.fitPt[step]} pt where ${LAYOUT.fitPt[best]} pt fits`).toBeLessThanOrEqual(best + 1);
        }
      }, 180_000);
    }
  }

  it('over a spread of other plans, the chosen type never overflows a sheet (unless nothing would fit)', async () => {
    const places = [{ kind: 'state', code: 'AR' }, { kind: 'state', code: 'NY' }, { kind: 'territory', code: 'GU' }, { kind: 'overseas', area: 'eurasia-africa' }, { kind: 'unsure' }] as const;
    const whos = ['adsm', 'retiree', 'tfl', 'guard-reserve', 'not-sure'];
    const creds = ['none', 'ds-logon', 'cac'];
    let checked = 0;
    const overflow: string[] = [];
    for (const [i, task] of content.tasks.entries()) {
      const answers: CompleteAnswers = {
        task: task.id,
        region: places[i % places.length]!,
        ...(task.askDestination ? { destination: places[(i + 2) % places.length]! } : {}),
        beneficiary: whos[i % whos.length]!,
        credential: creds[i % creds.length]!,
      };
      for (const lang of LANGS) {
        const paper = sheets[i % 2]!;
        const step = chosen(answers, lang, paper);
        const h = await measured(html(answers, lang, paper), paper);
        checked++;
        if (h > printable(paper) && step < LAYOUT.fitPt.length - 1) overflow.push(`${task.id} ${lang} ${paper}: ${h.toFixed(0)} mm at ${LAYOUT.fitPt[step]} pt`);
      }
    }
    report.push(`  ${checked} other plans measured; the model's size overflowed ${overflow.length}`);
    expect(overflow).toEqual([]);
  }, 240_000);
});
