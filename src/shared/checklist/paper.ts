import type { PaperSize } from '../ipc';

/**
 * Page geometry for each paper size, in millimetres. The checklist's CSS @page rule, the PDF
 * renderers (Electron, Playwright) and the `lp -o media=` option all read it from here, so
 * the page the document is laid out for is the page that is printed.
 */
export interface PaperSpec {
  widthMm: number;
  /** For a roll (receipt), the length used when the document could not be measured. */
  heightMm: number;
  /** Page margin on every side. */
  marginMm: number;
  /** CUPS `media` value for `lp -o media=…`. */
  cupsMedia: string;
  /**
   * A roll: one narrow column, and the page is as long as the document (the renderer
   * measures it; see receiptLengthMm) instead of a fixed sheet.
   */
  roll: boolean;
}

export const MM_PER_INCH = 25.4;

/** Receipt length when measuring fails: long enough for any checklist the content makes. */
export const RECEIPT_FALLBACK_LENGTH_MM = 800;
const RECEIPT_MIN_MM = 100;
const RECEIPT_MAX_MM = 2000;
/** Room for print layout differing a little from the measured screen layout. */
const RECEIPT_SLACK_MM = 10;

export const PAPER: Record<PaperSize, PaperSpec> = {
  letter: { widthMm: 215.9, heightMm: 279.4, marginMm: 7, cupsMedia: 'Letter', roll: false },
  a4: { widthMm: 210, heightMm: 297, marginMm: 7, cupsMedia: 'A4', roll: false },
  receipt80: {
    widthMm: 80,
    heightMm: RECEIPT_FALLBACK_LENGTH_MM,
    marginMm: 4,
    cupsMedia: `Custom.80x${RECEIPT_FALLBACK_LENGTH_MM}mm`,
    roll: true,
  },
};

/** Width the content is laid out in (page minus margins), in mm. */
export function printableWidthMm(paper: PaperSize): number {
  const spec = PAPER[paper];
  return spec.widthMm - 2 * spec.marginMm;
}

/**
 * The page for a document whose content is `contentHeightMm` tall: fixed sheets keep their
 * size; a roll is cut to the content (plus margins and a little slack), so a short checklist
 * does not feed a metre of blank paper and a long one still comes out in one piece.
 */
export function pageSizeMm(paper: PaperSize, contentHeightMm?: number): { widthMm: number; heightMm: number } {
  const spec = PAPER[paper];
  if (!spec.roll) return { widthMm: spec.widthMm, heightMm: spec.heightMm };
  if (contentHeightMm === undefined || !Number.isFinite(contentHeightMm) || contentHeightMm <= 0) {
    return { widthMm: spec.widthMm, heightMm: spec.heightMm };
  }
  const length = Math.ceil(contentHeightMm + 2 * spec.marginMm + RECEIPT_SLACK_MM);
  return { widthMm: spec.widthMm, heightMm: Math.min(RECEIPT_MAX_MM, Math.max(RECEIPT_MIN_MM, length)) };
}
