import type { PaperSize } from '../../src/shared/ipc';
import { createElectronPdfRenderer } from '../../src/main/printer/electron-pdf';
import { createChromiumPrintElectron } from './electron-print-fake';

/**
 * The PdfRenderer for the printing tests and the bench. It used to be a Playwright copy of
 * the Electron PDF code; it is now the real thing: src/main/printer/electron-pdf.ts, run
 * against a fake BrowserWindow whose printToPDF is a real Chromium page
 * (tests/support/electron-print-fake.ts). So the PDFs the spooler gets in the integration
 * tests are made by the kiosk's own code path. The exports are unchanged, for the files that
 * still import them.
 */
export interface PlaywrightPdfRenderer {
  render(html: string, paper: PaperSize): Promise<Uint8Array>;
  close(): Promise<void>;
}

export function createPlaywrightPdfRenderer(): PlaywrightPdfRenderer {
  const electron = createChromiumPrintElectron();
  const renderer = createElectronPdfRenderer(electron);
  return {
    render: (html, paper) => renderer.render(html, paper),
    close: () => electron.close(),
  };
}
