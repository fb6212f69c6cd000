/** The printed take-home checklist: pure rendering from a Plan (no DOM, Node or Electron). */
export { renderChecklistHtml, renderChecklistBody, esc, type ChecklistOptions } from './html';
export { nbHyphens, richParts, urlPieces, type RichPart } from './rich';
export { checklistDocument, shownUrl, type ChecklistDocument, type DocItem, type DocPortal, type DocHelpLine } from './document';
export { checklistCss, LAYOUT } from './css';
export { fitStep, pageHeightMm, wholeQrWidthMm } from './fit';
export { checklistPlainText, checklistQrText, QR_CAPTION_KEYS, QR_DETAILS, QR_TEXT_MAX_BYTES, utf8Length, type QrDetail } from './plain';
export { qrSvg, qrVersion } from './qr';
export { PAPER, MM_PER_INCH, RECEIPT_FALLBACK_LENGTH_MM, pageSizeMm, printableWidthMm, type PaperSpec } from './paper';
export { PRINT_KEYS, printString, type PrintKey, type PrintText } from './text';
export { measureContentHeightMm, type CdpSend } from './measure';
