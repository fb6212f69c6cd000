import type { PaperSize } from '../ipc';

/**
 * Page geometry for each paper size, in millimetres. The checklist's CSS @page rule, the PDF
 * renderers (Electron, Playwright) and the `lp -o media=` option all read it from here, so
 * the page the document is laid out for is the page that is printed.
 */
export interface PaperSpec {
  widthMm: number;
  heightMm: number;
  /** Page margin on every side. */
  marginMm: number;
  /** CUPS `media` value for `lp -o media=…`. */
  cupsMedia: string;
  /** One narrow column (receipt printers) instead of two. */
  narrow: boolean;
}

/**
 * An 80 mm receipt roll has no fixed page length; this is long enough for the longest
 * checklist the content produces, so a receipt printer prints it in one piece (the
 * integration tests check every seed scenario fits on one page).
 */
export const RECEIPT_LENGTH_MM = 700;

export const PAPER: Record<PaperSize, PaperSpec> = {
  letter: { widthMm: 215.9, heightMm: 279.4, marginMm: 11, cupsMedia: 'Letter', narrow: false },
  a4: { widthMm: 210, heightMm: 297, marginMm: 11, cupsMedia: 'A4', narrow: false },
  receipt80: {
    widthMm: 80,
    heightMm: RECEIPT_LENGTH_MM,
    marginMm: 4,
    cupsMedia: `Custom.80x${RECEIPT_LENGTH_MM}mm`,
    narrow: true,
  },
};

export const MM_PER_INCH = 25.4;
