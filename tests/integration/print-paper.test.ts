import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCupsPrinter } from '../../src/main/printer/printer';
import { checklistPlainText, RECEIPT_FALLBACK_LENGTH_MM, renderChecklistHtml } from '../../src/shared/checklist';
import { UiStrings } from '../../src/shared/content/schema';
import type { PaperSize } from '../../src/shared/ipc';
import { createPlaywrightPdfRenderer, type PlaywrightPdfRenderer } from '../support/playwright-pdf';
import { cupsGate, findPrintedPdf, pdfInfo, pdfText, pendingJobIds, QUEUE, removePrintedPdfs, restoreQueue, squash } from './cups';
import { pageQrRaw, sameCodes } from './qr-page';
import { handPlan } from './fixtures/plans';

/**
 * Each paper size comes out of the spooler at that size: the document's @page, the renderer's
 * page size and lp's media option agree. Checked with pdfinfo on the PDF cups-pdf wrote.
 */
const gate = cupsGate();
const root = join(import.meta.dirname, '../..');
const PT_PER_MM = 72 / 25.4;

/** Sheets have a fixed size; a receipt is 80 mm wide and as long as its document (measured). */
const EXPECTED: Record<PaperSize, { name: string; widthPt: number; heightPt?: number }> = {
  letter: { name: 'US Letter', widthPt: 612, heightPt: 792 },
  a4: { name: 'A4', widthPt: 595.3, heightPt: 841.9 },
  receipt80: { name: '80 mm receipt', widthPt: 80 * PT_PER_MM },
};

describe.skipIf(gate.skip)('paper sizes through the spooler', () => {
  let renderer: PlaywrightPdfRenderer;
  const text = UiStrings.parse(JSON.parse(readFileSync(join(root, 'data/print.json'), 'utf8')));

  beforeAll(() => {
    renderer = createPlaywrightPdfRenderer();
    restoreQueue();
  });
  afterAll(async () => {
    await renderer?.close();
    restoreQueue();
    removePrintedPdfs();
  });

  for (const paper of Object.keys(EXPECTED) as PaperSize[]) {
    const want = EXPECTED[paper];
    it(`${want.name}: ${want.widthPt.toFixed(1)} pt wide${want.heightPt ? ` × ${want.heightPt.toFixed(1)} pt` : ', cut to length'}, one page, text intact`, async () => {
      const html = renderChecklistHtml(handPlan, { lang: 'en', paper, text, printedAt: new Date() });
      const rendered = await renderer.render(html, paper);
      const since = Date.now();
      const outcome = await createCupsPrinter({ queue: QUEUE, timeoutMs: 20_000 }).print(rendered, { title: `paper ${paper}`, paper });
      if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
      const printed = await findPrintedPdf(outcome.value.jobId, since);

      // The Chromium PDF and the one the spooler wrote are both the paper's size.
      const tmp = join(root, '.tmp', `paper-${paper}.pdf`);
      writeFileSync(tmp, rendered);
      const made = pdfInfo(tmp);
      for (const file of [tmp, printed]) {
        const info = pdfInfo(file);
        expect(info.pages, file).toBe(1);
        expect(info.widthPt, file).toBeCloseTo(want.widthPt, -0.5);
        // The spooler prints the page it was given: no scaling onto another size.
        expect(info.heightPt, file).toBeCloseTo(want.heightPt ?? made.heightPt, -0.5);
      }
      if (!want.heightPt) {
        // Measured, not the fallback length: a short checklist does not feed 80 cm of paper.
        expect(made.heightPt).toBeLessThan(RECEIPT_FALLBACK_LENGTH_MM * PT_PER_MM * 0.75);
        expect(made.heightPt).toBeGreaterThan(100 * PT_PER_MM);
      }
      expect(squash(pdfText(printed))).toContain(squash('tricare.triwest.com'));

      // Every QR code reads back from the printed page at 200 dpi: the website's and the checklist's.
      const codes = pageQrRaw(printed, 200);
      expect(sameCodes(codes, ['https://tricare.triwest.com', checklistPlainText(handPlan, 'en', text)]), `${codes.count} codes`).toBe(true);
      expect(pendingJobIds()).toEqual([]);
    });
  }
});
