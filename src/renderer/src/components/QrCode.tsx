import { useMemo } from 'react';
import { qrSvg } from '../../../shared/checklist/qr';

/** The shared checklist QR (same encoder and settings as the printed page) as an image source. */
export function qrDataUrl(text: string): string | null {
  try {
    return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(qrSvg(text))}`;
  } catch {
    // Empty or too long to encode: the caller shows the text without a code.
    return null;
  }
}

export interface QrCodeProps {
  text: string;
  /** Accessible name, e.g. "QR code for https://…". */
  label: string;
  /** Rendered width in CSS px (the white frame around it adds the quiet zone). */
  px: number;
  testId?: string;
}

/** A QR code, dark on a white frame in every theme (phones cannot read a light-on-dark code). */
export function QrCode({ text, label, px, testId }: QrCodeProps) {
  const src = useMemo(() => qrDataUrl(text), [text]);
  if (!src) return null;
  return (
    <span className="qr-frame" data-testid={testId}>
      <img className="qr" src={src} alt={label} width={px} height={px} />
    </span>
  );
}
