import type { PaperSize } from '../../shared/ipc';
import { MM_PER_INCH, PAPER } from '../../shared/checklist/paper';

/** Turns the checklist HTML into PDF bytes for one paper size (Electron in the app, Playwright in tests). */
export interface PdfRenderer {
  render(html: string, paper: PaperSize): Promise<Uint8Array>;
}

/** Page size in inches, as Electron's printToPDF wants it (the document's @page says the same). */
export function pageSizeInches(paper: PaperSize): { width: number; height: number } {
  const spec = PAPER[paper];
  return { width: spec.widthMm / MM_PER_INCH, height: spec.heightMm / MM_PER_INCH };
}

/** Page size in microns, as Electron's webContents.print wants it. */
export function pageSizeMicrons(paper: PaperSize): { width: number; height: number } {
  const spec = PAPER[paper];
  return { width: Math.round(spec.widthMm * 1000), height: Math.round(spec.heightMm * 1000) };
}
