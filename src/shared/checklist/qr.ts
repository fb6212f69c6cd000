import { create } from 'qrcode/lib/core/qrcode.js';
import { render } from 'qrcode/lib/renderer/svg-tag.js';

/**
 * A QR code as an inline SVG string, with error correction M and a one-module margin. This is
 * exactly what `QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 })`
 * returns, but synchronous (that call only wraps these two steps in a promise), so rendering
 * the checklist stays a plain function. Throws if the text is empty or too long for any QR
 * version; checklistPlainText keeps its output short enough.
 */
export function qrSvg(text: string): string {
  return render(create(text, { errorCorrectionLevel: 'M' }), { margin: 1 }).trim();
}

/** The QR version (size class, 1..40) a text needs; bigger versions need bigger print. */
export function qrVersion(text: string): number {
  return create(text, { errorCorrectionLevel: 'M' }).version;
}
