/** The printed take-home checklist: pure rendering from a Plan (no DOM, Node or Electron). */
export { renderChecklistHtml, esc, type ChecklistOptions } from './html';
export { checklistCss } from './css';
export { checklistPlainText, QR_TEXT_MAX_BYTES, utf8Length } from './plain';
export { qrSvg, qrVersion } from './qr';
export { PAPER, MM_PER_INCH, RECEIPT_FALLBACK_LENGTH_MM, pageSizeMm, printableWidthMm, type PaperSpec } from './paper';
export { PRINT_KEYS, printString, type PrintKey, type PrintText } from './text';
export { measureContentHeightMm, type CdpSend } from './measure';
