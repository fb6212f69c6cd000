import type { PaperSize } from '../../shared/ipc';
import { MM_PER_INCH, PAPER, pageSizeMm } from '../../shared/checklist/paper';

export interface RenderOptions {
  /** Abandons the render (a new session started, the main-side deadline passed). */
  signal?: AbortSignal;
}

/** Turns the checklist HTML into PDF bytes for one paper size (Electron's printToPDF; in tests a real Chromium behind a fake BrowserWindow). */
export interface PdfRenderer {
  render(html: string, paper: PaperSize, options?: RenderOptions): Promise<Uint8Array>;
}

/** Page size in inches, as Electron's printToPDF wants it. */
export function pageSizeInches(paper: PaperSize, contentHeightMm?: number): { width: number; height: number } {
  const { widthMm, heightMm } = pageSizeMm(paper, contentHeightMm);
  return { width: widthMm / MM_PER_INCH, height: heightMm / MM_PER_INCH };
}

/** Page size in microns, as Electron's webContents.print wants it. */
export function pageSizeMicrons(paper: PaperSize, contentHeightMm?: number): { width: number; height: number } {
  const { widthMm, heightMm } = pageSizeMm(paper, contentHeightMm);
  return { width: Math.round(widthMm * 1000), height: Math.round(heightMm * 1000) };
}

export function marginInches(paper: PaperSize): number {
  return PAPER[paper].marginMm / MM_PER_INCH;
}

/**
 * The first page's size from a PDF's /MediaBox, in mm (Chromium writes page dictionaries
 * uncompressed). Used to tell the spooler a roll's length. Undefined if not found.
 */
export function pdfPageSizeMm(pdf: Uint8Array): { widthMm: number; heightMm: number } | undefined {
  const head = new TextDecoder('latin1').decode(pdf);
  const m = /\/MediaBox\s*\[\s*(-?[\d.]+)\s+(-?[\d.]+)\s+(-?[\d.]+)\s+(-?[\d.]+)\s*\]/.exec(head);
  if (!m) return undefined;
  const [x0, y0, x1, y1] = m.slice(1, 5).map(Number) as [number, number, number, number];
  const pt = (n: number) => (n / 72) * MM_PER_INCH;
  const widthMm = pt(x1 - x0);
  const heightMm = pt(y1 - y0);
  return widthMm > 0 && heightMm > 0 ? { widthMm, heightMm } : undefined;
}
