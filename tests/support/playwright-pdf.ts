import { chromium, type Browser } from '@playwright/test';
import type { PaperSize } from '../../src/shared/ipc';
import { PAPER, pageSizeMm } from '../../src/shared/checklist/paper';
import { measureContentHeightMm } from '../../src/shared/checklist/measure';
import { CHROMIUM_LAUNCH } from './chromium';

/**
 * The PdfRenderer for tests and the bench: Debian's Chromium through Playwright, set up like
 * the app's hidden Electron window (JavaScript off, nothing loaded from outside) and printing
 * the same page sizes — a roll measured through the DevTools protocol exactly as the app
 * does — so the PDFs the spooler gets here are the ones the kiosk makes.
 * It satisfies PdfRenderer (src/main/printer/pdf-renderer.ts), which this file does not import:
 * tests/support is also compiled with the browser-test tsconfig, which leaves src/main out.
 */
export interface PlaywrightPdfRenderer {
  render(html: string, paper: PaperSize): Promise<Uint8Array>;
  close(): Promise<void>;
}

export function createPlaywrightPdfRenderer(): PlaywrightPdfRenderer {
  let browser: Promise<Browser> | undefined;
  return {
    async render(html: string, paper: PaperSize): Promise<Uint8Array> {
      browser ??= chromium.launch(CHROMIUM_LAUNCH);
      const context = await (await browser).newContext({ javaScriptEnabled: false, offline: true });
      try {
        const page = await context.newPage();
        await page.route('**/*', (route) => route.abort());
        await page.setContent(html, { waitUntil: 'load' });
        let contentMm: number | undefined;
        if (PAPER[paper].roll) {
          const cdp = await context.newCDPSession(page);
          contentMm = await measureContentHeightMm((method, params) => cdp.send(method as 'Page.getLayoutMetrics', params), paper);
          await cdp.detach();
        }
        const { widthMm, heightMm } = pageSizeMm(paper, contentMm);
        const margin = `${PAPER[paper].marginMm}mm`;
        const pdf = await page.pdf({
          width: `${widthMm}mm`,
          height: `${heightMm}mm`,
          printBackground: true,
          preferCSSPageSize: true,
          margin: { top: margin, bottom: margin, left: margin, right: margin },
        });
        return new Uint8Array(pdf);
      } finally {
        await context.close();
      }
    },
    async close() {
      if (browser) await (await browser).close();
      browser = undefined;
    },
  };
}
