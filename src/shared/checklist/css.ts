import type { PaperSize } from '../ipc';
import { PAPER } from './paper';

/**
 * Page layout numbers the stylesheet and the fitting model (fit.ts) share, so the model
 * measures the page the stylesheet draws. Lengths in mm, font sizes in pt, relative sizes
 * in em of the body size.
 */
export const LAYOUT = {
  /** Body sizes to try, largest first: the page grows its type to fill the sheet (12 pt where there is room). */
  fitPt: [12, 11.5, 11, 10.5, 10, 9.5, 9] as const,
  /** A receipt has no page height to fill: one size. */
  receiptPt: 10.5,
  lineHeight: 1.22,
  columnGapMm: 6,
  h1Em: 1.45,
  h2Em: 1.15,
  leadEm: 1.08,
  phoneEm: 1.15,
  captionEm: 0.74,
  metaEm: 0.85,
  fineEm: 0.9,
  /** Space under a section, a paragraph, a list item (mm). */
  sectionGapMm: 2.2,
  paragraphGapMm: 0.5,
  itemGapMm: 0.6,
  /** One ruled line for handwritten notes on the staff copy (mm). */
  noteLineMm: 6,
  /** How many ruled lines the staff copy's notes box has, and its width (where the take-home QR code is on the visitor's copy). */
  noteLines: 3,
  staffNotesMm: 48,
  /** List indent (em). */
  listIndentEm: 1.35,
  /** A website's QR code column, and the gap beside it. */
  portalQrMm: 18,
  portalGapMm: 2.5,
  portalBottomMm: 2.2,
  /**
   * Module size of the whole-checklist QR code, and its width bounds (mm). A receipt printer
   * prints whole dots (203 dpi: 8 per mm), so a roll's module is a whole 4 dots there and
   * 4 pixels in a 200 dpi scan: 0.5 mm fell between pixels and a dense code then failed to
   * read back from the 200 dpi raster of the spooled receipt.
   */
  wholeQrModuleMm: { sheet: 0.42, roll: 0.508 },
  wholeQrMinMm: { sheet: 36, roll: 44 },
  wholeQrMaxMm: { sheet: 60, roll: 70 },
  leadPadMm: 2.2,
  leadBorderMm: 0.6,
} as const;

export type FitStep = number;

/**
 * The checklist's stylesheet for one paper size: the only copy of it. renderChecklistHtml puts
 * it in the document's <style> (what Electron prints); the browser build serves it as
 * checklist-print.css, scoped to the print sheet (build/checklist-print-css-plugin.ts),
 * because the page's CSP allows no inline styles. Flat rules only (no nesting), one
 * `selector { … }` each, so that build step can scope it. The body size comes from a fit
 * class (.fit-0 … .fit-6) on the page, chosen by fit.ts; everything else is in em of it.
 */
export function checklistCss(paper: PaperSize): string {
  const spec = PAPER[paper];
  const L = LAYOUT;
  const mm = (n: number) => `${n}mm`;
  // A roll's length is set by the renderer from the measured document, so only sheets name a size.
  const page = spec.roll ? `margin: ${mm(spec.marginMm)};` : `size: ${mm(spec.widthMm)} ${mm(spec.heightMm)}; margin: ${mm(spec.marginMm)};`;
  const fits = L.fitPt.map((pt, i) => `.fit-${i} { font-size: ${pt}pt; }`).join('\n');
  const common = `
@page { ${page} }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; color: #000; background: #fff; font-family: "Liberation Sans", Arial, Helvetica, sans-serif; font-size: ${L.receiptPt}pt; line-height: ${L.lineHeight}; }
${fits}
h1 { margin: 0; font-size: ${L.h1Em}em; font-weight: 700; }
h2 { margin: 0 0 1mm; padding-bottom: 0.4mm; border-bottom: 0.3mm solid #000; font-size: ${L.h2Em}em; font-weight: 700; break-after: avoid; }
h3 { margin: 0 0 0.4mm; font-size: 1em; font-weight: 700; break-after: avoid; }
p { margin: 0 0 ${mm(L.paragraphGapMm)}; }
ul, ol { margin: 0; padding-left: ${L.listIndentEm}em; break-inside: avoid; }
li { margin: 0 0 ${mm(L.itemGapMm)}; }
section { margin: 0 0 ${mm(L.sectionGapMm)}; }
figure { margin: 0; }
figure svg { display: block; }
header { display: flex; justify-content: space-between; align-items: baseline; gap: 4mm; border-bottom: 0.6mm solid #000; padding-bottom: 1mm; }
.meta { margin: 0; white-space: nowrap; font-size: ${L.metaEm}em; }
.for { margin: 1mm 0 2mm; font-weight: 700; }
.lead { border: ${mm(L.leadBorderMm)} solid #000; padding: ${mm(L.leadPadMm)} ${mm(L.leadPadMm + 0.6)}; font-size: ${L.leadEm}em; break-inside: avoid; }
.lead h2 { border-bottom: 0; padding-bottom: 0; }
.lead p { margin: 0 0 0.7mm; }
.label { font-weight: 700; }
.name, .url, .ph { font-weight: 700; }
.u, .ph { white-space: nowrap; }
.portal { margin-bottom: ${mm(L.portalBottomMm)}; break-inside: avoid; }
.card { display: flex; gap: ${mm(L.portalGapMm)}; align-items: flex-start; }
.card > div { min-width: 0; flex: 1; }
.setup { margin-top: 0.6mm; }
.qr { flex: 0 0 ${mm(L.portalQrMm)}; width: ${mm(L.portalQrMm)}; text-align: center; }
.qr svg { width: ${mm(L.portalQrMm)}; height: ${mm(L.portalQrMm)}; }
figcaption { font-size: ${L.captionEm}em; line-height: 1.15; overflow-wrap: anywhere; }
.help ul { list-style: none; padding-left: 0; }
.help li { margin-bottom: 1mm; }
.help .phone { font-size: ${L.phoneEm}em; }
.end { display: flex; gap: 3mm; align-items: flex-start; break-inside: avoid; border-top: 0.3mm solid #000; padding-top: 1.5mm; margin: 0; }
.whole-qr { flex: none; }
.fine { font-size: ${L.fineEm}em; min-width: 0; }
.fine p { margin-bottom: 0.6mm; }
.fine .caption { font-size: ${1 / L.fineEm}em; font-weight: 700; }
.staff-notes { flex: 0 0 ${mm(L.staffNotesMm)}; border: 0.5mm solid #000; padding: 1.2mm 2.5mm; }
.staff-notes h2 { margin-top: 0; }
.staff-mark { margin: 0 0 1mm; font-weight: 700; font-size: ${L.fineEm}em; }
.note-line { height: ${mm(L.noteLineMm)}; border-bottom: 0.3mm solid #000; }
`;
  if (spec.roll) {
    return `${common}
h1 { font-size: 1.3em; }
header { display: block; }
.end { flex-direction: column; align-items: center; }
`;
  }
  return `${common}
.flow { column-count: 2; column-gap: ${mm(L.columnGapMm)}; column-fill: balance; margin-top: ${mm(L.sectionGapMm)}; }
`;
}
