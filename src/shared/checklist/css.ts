import type { PaperSize } from '../ipc';
import { PAPER } from './paper';

/**
 * The checklist's stylesheet for one paper size: the only copy of it. renderChecklistHtml puts
 * it in the document's <style> (what Electron prints); the browser build serves it as
 * checklist-print.css, scoped to the print sheet (build/checklist-print-css-plugin.ts),
 * because the page's CSP allows no inline styles. Flat rules only (no nesting), one
 * `selector { … }` each, so that build step can scope it.
 */
export function checklistCss(paper: PaperSize): string {
  const spec = PAPER[paper];
  const mm = (n: number) => `${n}mm`;
  // A roll's length is set by the renderer from the measured document, so only sheets name a size.
  const page = spec.roll ? `margin: ${mm(spec.marginMm)};` : `size: ${mm(spec.widthMm)} ${mm(spec.heightMm)}; margin: ${mm(spec.marginMm)};`;
  const common = `
@page { ${page} }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; color: #000; background: #fff; font-family: "Liberation Sans", Arial, Helvetica, sans-serif; font-size: 10pt; line-height: 1.15; }
h1 { margin: 0; font-weight: 700; }
h2 { margin: 0 0 1mm; padding-bottom: 0.5mm; border-bottom: 0.3mm solid #000; font-size: 11.5pt; font-weight: 700; break-after: avoid; }
h3, .group { margin: 1.2mm 0 0.5mm; font-size: 10pt; font-weight: 700; break-after: avoid; }
p { margin: 0 0 0.4mm; }
ul, ol { margin: 0; padding-left: 4.5mm; }
li { margin: 0 0 0.4mm; break-inside: avoid; }
section { margin: 0 0 2.2mm; }
figure { margin: 0; }
figure svg { display: block; width: 100%; height: auto; }
header { display: flex; justify-content: space-between; align-items: baseline; gap: 4mm; margin-bottom: 2.5mm; border-bottom: 0.6mm solid #000; padding-bottom: 1mm; }
.meta { margin: 0; white-space: nowrap; }
.notices { border: 0.5mm solid #000; padding: 1.2mm 2.5mm; }
.answers dl { margin: 0; }
.answers dl > div { margin-bottom: 0.4mm; break-inside: avoid; }
.answers dt, .answers dd { display: inline; }
.answers dd { margin: 0 0 0 1mm; font-weight: 700; }
.portal { display: flex; gap: 2.5mm; align-items: flex-start; margin-bottom: 1.8mm; break-inside: avoid; }
.portal > div { min-width: 0; flex: 1; }
.portal h3 { margin-top: 0; }
.portal .qr { flex: 0 0 18mm; }
.url { font-weight: 700; word-break: break-all; }
.label { font-weight: 700; }
.help .name, .help .phone { font-weight: 700; }
.help .phone, .help .tty { white-space: nowrap; }
.end { display: flex; gap: 3mm; align-items: flex-start; break-inside: avoid; border-top: 0.3mm solid #000; padding-top: 1.5mm; }
.fine p { margin-bottom: 0.8mm; }
.staff-notes { border: 0.5mm solid #000; padding: 1.2mm 2.5mm; break-inside: avoid; }
.staff-mark { margin: 0; font-weight: 700; border: 0.4mm solid #000; padding: 0.3mm 1.5mm; white-space: nowrap; }
.note-line { height: 7mm; border-bottom: 0.3mm solid #000; }
`;
  if (spec.roll) {
    return `${common}
h1 { font-size: 13pt; }
header { display: block; }
.end { flex-direction: column; align-items: center; }
.whole-qr { width: 60mm; }
`;
  }
  return `${common}
h1 { font-size: 16pt; }
.flow { column-count: 2; column-gap: 6mm; column-fill: balance; }
.whole-qr { flex: 0 0 40mm; }
`;
}
