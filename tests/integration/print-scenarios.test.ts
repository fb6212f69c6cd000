import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContentDir } from '../../src/main/content-files';
import { printChecklist } from '../../src/main/printer/print-checklist';
import { createCupsPrinter } from '../../src/main/printer/printer';
import type { Content } from '../../src/shared/content/load';
import { LANGS, type Lang } from '../../src/shared/i18n';
import { PAPER_SIZES, type PaperSize } from '../../src/shared/ipc';
import { buildPlan } from '../../src/shared/plan';
import { createPlaywrightPdfRenderer, type PlaywrightPdfRenderer } from '../support/playwright-pdf';
import { cupsGate, findPrintedPdf, pdfInfo, pdfText, pendingJobIds, QUEUE, removePrintedPdfs, restoreQueue, squash } from './cups';
import { SCENARIOS } from './fixtures/scenarios';
import { brokenOverLines, expected } from './print-checks';
import { pageQrRaw, sameCodes } from './qr-page';

/**
 * The seed scenarios, printed for real in both languages on every paper: answers → buildPlan
 * over the real data/ → checklist HTML → PDF (Chromium) → lp → cupsd → cups-pdf. The PDF
 * cups-pdf wrote is then read back like a person would read the paper:
 *   - one page (Letter, A4; a receipt is one piece cut to length);
 *   - the answer, every step and the not-affiliated line are there (pdftotext);
 *   - no phone number breaks over a line, no address except after its own "/" or ".";
 *   - every QR code on the page, decoded by zbarimg from a 200 dpi raster, is exactly what
 *     the document holds: each website's address and the checklist text.
 */
const gate = cupsGate();
const root = join(import.meta.dirname, '../..');

describe.skipIf(gate.skip)('printing the seed scenarios through CUPS, every language and paper', () => {
  let content: Content;
  let renderer: PlaywrightPdfRenderer;
  const logs: string[] = [];
  const report: string[] = [];

  beforeAll(() => {
    const loaded = loadContentDir(join(root, 'data'));
    if (!loaded.ok) throw new Error(`data/ does not load: ${JSON.stringify(loaded.error.slice(0, 5))}`);
    content = loaded.value;
    renderer = createPlaywrightPdfRenderer();
    restoreQueue();
  });
  afterAll(async () => {
    await renderer?.close();
    restoreQueue();
    removePrintedPdfs();
    console.log(`printed through ${QUEUE} (pages, QR codes decoded at 200 dpi):\n${report.join('\n')}`);
  });

  const print = async (answers: (typeof SCENARIOS)[number]['answers'], lang: Lang, paper: PaperSize) => {
    const since = Date.now();
    const outcome = await printChecklist(
      { answers, lang },
      {
        content,
        renderer,
        printer: createCupsPrinter({ queue: QUEUE, timeoutMs: 30_000 }),
        settings: { paper },
        log: (level, m) => logs.push(`${level} ${m}`),
        now: () => new Date(),
      },
    );
    if (!outcome.ok) throw new Error(`print failed: ${JSON.stringify(outcome.error)}`);
    const pdf = await findPrintedPdf(outcome.value.jobId, since, 20_000);
    return { outcome: outcome.value, pdf, text: pdfText(pdf) };
  };

  for (const scenario of SCENARIOS) {
    for (const lang of LANGS) {
      it(`${scenario.name} (${lang}): one page, the answer and steps, nothing broken, every QR code reads back`, async () => {
        const plan = buildPlan(scenario.answers, content);
        const want = expected(plan, lang, content.printText);
        for (const paper of PAPER_SIZES) {
          const { outcome, pdf, text } = await print(scenario.answers, lang, paper);
          expect(outcome.jobId).toMatch(new RegExp(`^${QUEUE}-\\d+$`));
          const pages = pdfInfo(pdf).pages;
          const printed = squash(text.replace(/\u2011/g, '-'));
          expect(pages, `${paper}: pages`).toBe(1);
          for (const piece of [want.doc.lead.task, ...want.doc.steps.map((s) => s.text), ...want.doc.portals.map((p) => p.name)]) {
            expect(printed, `${paper}: "${piece}"`).toContain(squash(piece.replace(/https:\/\//g, '')));
          }
          expect(brokenOverLines(text, want), `${paper}: split over lines`).toEqual([]);
          const codes = pageQrRaw(pdf, 200);
          // Keep a page whose codes do not read back, to look at (.tmp is not committed).
          if (!sameCodes(codes, want.codes)) copyFileSync(pdf, join(root, '.tmp', `unreadable-${scenario.id}-${lang}-${paper}.pdf`));
          expect(sameCodes(codes, want.codes), `${paper}: ${codes.count} codes found, ${want.codes.length} expected`).toBe(true);
          report.push(`  ${scenario.id} ${lang} ${paper.padEnd(9)} ${pages} page, ${codes.count} QR codes = document`);
          expect(pendingJobIds()).toEqual([]);
        }
      }, 240_000);
    }
  }

  it('logged nothing for the staff: every print went through', () => {
    expect(logs).toEqual([]);
  });
});
