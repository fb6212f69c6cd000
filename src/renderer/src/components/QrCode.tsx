import { useMemo } from 'react';
import { cachedQrSvg } from '../lib/checklist-cache';

/** The shared checklist QR (same encoder and settings as the printed page) as an image source, with its size in modules. */
export function qrImage(text: string): { src: string; modules: number } | null {
  // Usually encoded already, while the review screen was read (lib/checklist-cache).
  const svg = cachedQrSvg(text);
  // Empty or too long to encode: the caller shows the text without a code.
  if (svg === null) return null;
  const modules = Number(/viewBox="0 0 (\d+) /.exec(svg)?.[1] ?? 0);
  return { src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`, modules };
}

/**
 * A whole number of screen pixels per module, as close to `target` as possible (never under
 * 3 px a module): blurred module edges are what make a camera fail on a screen.
 */
export function qrPixels(target: number, modules: number): number {
  if (modules <= 0) return target;
  return Math.max(3, Math.floor(target / modules)) * modules;
}

export interface QrCodeProps {
  text: string;
  /** Accessible name, e.g. "QR code for https://…". */
  label: string;
  /** About how wide, in CSS px (rounded to whole pixels per module; the white frame adds the quiet zone). */
  px: number;
  testId?: string;
}

/** A QR code, dark on a white frame in every theme (phones cannot read a light-on-dark code). */
export function QrCode({ text, label, px, testId }: QrCodeProps) {
  const image = useMemo(() => qrImage(text), [text]);
  if (!image) return null;
  const size = qrPixels(px, image.modules);
  return (
    <span className="qr-frame" data-testid={testId}>
      <img className="qr" src={image.src} alt={label} width={size} height={size} />
    </span>
  );
}
